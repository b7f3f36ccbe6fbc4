package org.jewelers.systemtests.fuzzing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jewelers.systemtests.authorization.MarkdownTable;
import org.jewelers.systemtests.authorization.MatrixFixture;

/**
 * For each operation, a caller the authorization matrix lets through and the path its first row sends (naming the
 * fixture's objects), so that fuzzed requests reach the service's validation instead of stopping at 401 or 403.
 */
final class AuthorizedCallers {

    /** Whom to try, most rights first; anonymous only for what no role may call, the nominee's consent link. */
    private static final List<String> PREFERRED = List.of("staff", "entrant", "judge", "member", "anonymous");

    record Authorized(Optional<String> token, String caller, String realPath) {
    }

    private final Map<String, Authorized> byOperation = new HashMap<>();

    /**
     * The first row and caller, in order of preference, the operation answers with a success; failing that (an
     * operation whose every row meets an object in the wrong state), one it lets through to such a refusal.
     */
    AuthorizedCallers(MatrixFixture fixture) {
        List<MarkdownTable.Row> rows = MarkdownTable.read("authorization-matrix.md").rows();
        for (boolean successOnly : new boolean[] {true, false}) {
            for (MarkdownTable.Row row : rows) {
                String operation = row.get("service") + " " + row.get("operation");
                for (String caller : PREFERRED) {
                    String cell = row.get(caller);
                    boolean letThrough = successOnly ? cell.startsWith("2") : !cell.equals("401") && !cell.equals("403");
                    if (letThrough && !byOperation.containsKey(operation)) {
                        String request = fixture.resolve(row.get("request"));
                        int query = request.indexOf('?');
                        byOperation.put(operation, new Authorized(fixture.callers().token(caller), caller,
                                query < 0 ? request : request.substring(0, query)));
                    }
                }
            }
        }
    }

    /** Empty when the matrix has no caller the operation answers with a success. */
    Optional<Authorized> of(Operation operation) {
        return Optional.ofNullable(byOperation.get(operation.app() + " " + operation.name()));
    }
}
