package org.casenotes.ui.search;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.SearchHit;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;

/** The text columns of a search result: the client's name, the date, where in the note it was found, the status. */
final class SearchHitLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Map<String, String> clientNames = new HashMap<>();

    /** Forgets the clients' names (read again from the caseload at the next search, which may be another). */
    void forgetClients() {
        clientNames.clear();
    }

    ColumnLabelProvider client() {
        return column(hit -> clientName(hit.clientId()));
    }

    ColumnLabelProvider date() {
        return column(hit -> hit.date() == null ? "" : DATE.format(hit.date()));
    }

    ColumnLabelProvider where() {
        return column(SearchHitLabels::where);
    }

    ColumnLabelProvider status() {
        return column(hit -> hit.status().isEmpty() ? "" : hit.status().charAt(0)
                + hit.status().substring(1).toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    /** @return "Progress note (SOAP) · Subjective", "… · Addendum", "Letter: …" */
    static String where(SearchHit hit) {
        FormDefinition form = NoteForms.installed().latest(hit.templateId()).orElse(null);
        String title = form == null ? hit.templateId() : NoteForms.title(form);
        return switch (hit.kind()) {
            case LETTER -> "Letter: " + title;
            case ADDENDUM -> title + " \u00b7 Addendum";
            case NOTE_FIELD, PSYCHOTHERAPY_NOTE -> title + " \u00b7 " + fieldLabel(form, hit.fieldId());
        };
    }

    private static String fieldLabel(FormDefinition form, String path) {
        String id = path.substring(path.lastIndexOf('.') + 1);
        if (form != null) {
            for (Iterator<EObject> contents = form.eAllContents(); contents.hasNext();) {
                if (contents.next() instanceof FormElement element && id.equals(element.getId())
                        && element.getLabel() != null) {
                    return element.getLabel();
                }
            }
        }
        return id;
    }

    private String clientName(String clientId) {
        if (!clientNames.containsKey(clientId)) {
            CaseloadStore store = CaseloadSession.current().store();
            if (store != null && !store.isLocked()) {
                store.listClients().forEach(client -> clientNames.put(client.id(), client.displayName()));
            }
        }
        return clientNames.getOrDefault(clientId, clientId);
    }

    private static ColumnLabelProvider column(Function<SearchHit, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SearchHit) element);
            }
        };
    }
}
