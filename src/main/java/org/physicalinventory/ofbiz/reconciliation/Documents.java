package org.physicalinventory.ofbiz.reconciliation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.physicalinventory.reconciliation.Document;

/** Documents looked up by the field that names them, in chunks a query's IN list can take. */
final class Documents {

    private Documents() {
    }

    /** The ids of the documents by the field naming their kind (documents of a kind no field names are left out). */
    static Map<String, List<String>> idsByField(Collection<Document> documents, Function<Document.Kind, String> fieldOf) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (Document document : documents) {
            String field = fieldOf.apply(document.kind());
            if (field != null && document.id() != null) {
                ids.computeIfAbsent(field, k -> new ArrayList<>()).add(document.id());
            }
        }
        return ids;
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
