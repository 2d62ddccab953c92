package ru.ejournal.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.primefaces.model.StreamedContent;
import ru.ejournal.credentials.boundary.CredentialService;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.web.common.Downloads;

/** The credential slips of the passwords shown on a screen, as a PDF download naming this site's address. */
public final class CredentialSlipDownload {

    private CredentialSlipDownload() {}

    public static StreamedContent of(CredentialService service, List<IssuedCredential> issued, String fileName) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String site = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + "/";
        byte[] pdf = service.slipsPdf(List.copyOf(issued), site);
        return Downloads.of(pdf, fileName, Downloads.PDF);
    }
}
