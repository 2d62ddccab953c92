package ru.ejournal.web.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.messaging.boundary.Addressee;
import ru.ejournal.messaging.boundary.InboxLine;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.messaging.boundary.MessageText;
import ru.ejournal.messaging.boundary.Receipt;
import ru.ejournal.messaging.boundary.SentLine;
import ru.ejournal.web.common.Feedback;

/** Internal mail: inbox and sent messages (paged), read receipts, a new message or a reply. */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    MessageService service;

    private final LazyDataModel<InboxLine> inbox = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) service.inboxSize();
        }

        @Override
        public List<InboxLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            return service.inbox(first, pageSize);
        }

        @Override
        public String getRowKey(InboxLine line) {
            return String.valueOf(line.id());
        }
    };

    private final LazyDataModel<SentLine> sent = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return canWrite ? (int) service.sentSize() : 0;
        }

        @Override
        public List<SentLine> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> f) {
            return canWrite ? service.sent(first, pageSize) : List.of();
        }

        @Override
        public String getRowKey(SentLine line) {
            return String.valueOf(line.messageId());
        }
    };

    private boolean canWrite;
    private long unread;
    private List<Addressee> addressBook = List.of();
    private Map<Long, String> classes = Map.of();
    private MessageText opened;
    private List<Receipt> receipts = List.of();
    private String receiptsTitle;

    private List<String> to = new ArrayList<>();
    private Long toClass;
    private String subject;
    private String body;

    @PostConstruct
    void init() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        canWrite = external.isUserInRole("CLASS_TEACHER")
                || external.isUserInRole("SUBJECT_TEACHER")
                || external.isUserInRole("PARENT");
        unread = service.unreadCount();
        if (canWrite) {
            addressBook = service.addressBook(Feedback.locale());
            Map<Long, String> byClass = new LinkedHashMap<>();
            addressBook.stream()
                    .filter(a -> a.classId() != null)
                    .forEach(a -> byClass.putIfAbsent(a.classId(), a.className()));
            classes = byClass;
        }
    }

    public void open(long inboxLineId) {
        opened = service.open(inboxLineId);
        unread = service.unreadCount();
    }

    public void reply() {
        if (opened == null) {
            return;
        }
        String prefix = opened.senderAccountId() + ":";
        to = new ArrayList<>(addressBook.stream()
                .map(Addressee::key)
                .filter(k -> k.startsWith(prefix))
                .limit(1)
                .toList());
        toClass = null;
        subject = opened.subject().startsWith("Re: ") ? opened.subject() : "Re: " + opened.subject();
        body = null;
        if (to.isEmpty()) {
            Feedback.refuse(null, Feedback.text("jr", "messages.reply.notAddressee"));
        }
    }

    public void showReceipts(SentLine line) {
        receipts = service.receipts(line.messageId());
        receiptsTitle = line.subject();
    }

    public void send() {
        Feedback.attempt(() -> {
            if (toClass != null) {
                service.sendToClass(toClass, subject, body);
            } else {
                service.send(to, subject, body);
            }
            Feedback.info(Feedback.text("jr", "messages.sent.done"));
            to = new ArrayList<>();
            toClass = null;
            subject = null;
            body = null;
            PrimeFaces.current().ajax().addCallbackParam("sent", true);
        });
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    public LazyDataModel<InboxLine> getInbox() {
        return inbox;
    }

    public LazyDataModel<SentLine> getSent() {
        return sent;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public long getUnread() {
        return unread;
    }

    public List<Addressee> getAddressBook() {
        return addressBook;
    }

    public Map<Long, String> getClasses() {
        return classes;
    }

    public MessageText getOpened() {
        return opened;
    }

    public List<Receipt> getReceipts() {
        return receipts;
    }

    public String getReceiptsTitle() {
        return receiptsTitle;
    }

    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    public Long getToClass() {
        return toClass;
    }

    public void setToClass(Long toClass) {
        this.toClass = toClass;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
