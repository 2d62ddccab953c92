package ru.ejournal.web.common;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import ru.ejournal.student.control.Phones;

/** Brings a typed phone number to «+7 (916) 123-45-67»; what is no phone number is left for the validation. */
@FacesConverter(value = "phoneConverter", managed = true)
public class PhoneConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return Phones.normalize(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
