package ru.ejournal.web.common;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table read a page at a time from a service: how many rows there are, one page of them, and each row's
 * key. The functions are serializable because the model lives in a view-scoped bean; the page last loaded is
 * kept so that a selected row is found by its key.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are now. */
    public interface Count extends Serializable {
        long rows();
    }

    /** The rows from {@code first}, at most {@code pageSize} of them. */
    public interface Page<T> extends Serializable {
        List<T> rows(int first, int pageSize);
    }

    /** The row's identity (its key is the identity as text). */
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    /** The row of a numeric key, read again (when a selected row need not be on the page loaded). */
    public interface Lookup<T> extends Serializable {
        T byId(long id);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;
    private final Lookup<T> lookup;
    private List<T> loaded = List.of();

    public PagedRows(Count count, Page<T> page, Key<T> key) {
        this(count, page, key, null);
    }

    public PagedRows(Count count, Page<T> page, Key<T> key, Lookup<T> lookup) {
        this.count = count;
        this.page = page;
        this.key = key;
        this.lookup = lookup;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) count.rows();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        loaded = page.rows(first, pageSize);
        return loaded;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (lookup != null) {
            return lookup.byId(Long.parseLong(rowKey));
        }
        return loaded.stream()
                .filter(r -> getRowKey(r).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
