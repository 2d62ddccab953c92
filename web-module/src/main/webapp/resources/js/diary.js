/*
 * The photo of an absence notice: PrimeFaces checks its size and kind in the browser with texts that
 * name neither the limit nor the kinds of file; ours replace them (the page holds them in #photoTexts).
 */
$(function () {
    var texts = document.getElementById('photoTexts');
    var locale = window.PrimeFaces && (PrimeFaces.locales[PrimeFaces.settings.locale] || PrimeFaces.locales['en_US']);
    if (!texts || !locale || !locale.messages) {
        return;
    }
    locale.messages['primefaces.FileValidator.SIZE_LIMIT'] = texts.getAttribute('data-too-large');
    locale.messages['primefaces.FileValidator.SIZE_LIMIT_detail'] = '';
    locale.messages['primefaces.FileValidator.ALLOW_TYPES'] = texts.getAttribute('data-bad-type');
    locale.messages['primefaces.FileValidator.ALLOW_TYPES_detail'] = '';
});
