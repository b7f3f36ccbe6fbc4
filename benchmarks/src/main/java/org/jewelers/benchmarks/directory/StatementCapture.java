package org.jewelers.benchmarks.directory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the SQL statements the service runs for one request, from PostgreSQL's own log: statement logging is
 * switched on for the server ({@code log_statement = 'all'}), the request is sent once between two marker
 * statements, and every statement the server logged in the directory's database between the markers is kept,
 * except those of this class's own session and of the outbox relay's session (it holds an advisory lock and polls
 * its outbox on its own schedule). Logging is switched off again before anything is measured.
 *
 * <p>Each kept statement becomes a line of a pgbench script mechanically: its {@code $n} placeholders are replaced
 * by the parameter values exactly as the server logged them (as quoted SQL literals). Nothing is rewritten by hand.
 */
final class StatementCapture {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)(?!\\d)");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** One statement as logged: the SQL text with placeholders, and the logged parameter values by number. */
    record CapturedStatement(String sql, String parametersLogged, List<String> parameters) {

        /** The statement as pgbench runs it: each {@code $n} replaced by the n-th logged literal. */
        String inlined() {
            Matcher matcher = PLACEHOLDER.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                int number = Integer.parseInt(matcher.group(1));
                if (number < 1 || number > parameters.size()) {
                    throw new IllegalStateException("statement refers to $" + number + " but the log has "
                            + parameters.size() + " parameters: " + sql);
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(parameters.get(number - 1)));
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }

    /** The statements of one request, in the order the server ran them. */
    record CapturedRequest(String path, List<CapturedStatement> statements) {

        String pgbenchScript() {
            StringBuilder script = new StringBuilder();
            for (CapturedStatement statement : statements) {
                script.append(statement.inlined().strip()).append(";\n");
            }
            return script.toString();
        }
    }

    private final BenchmarkPostgres postgres;
    private final URI service;
    private final HttpClient http = HttpClient.newHttpClient();

    StatementCapture(BenchmarkPostgres postgres, URI service) {
        this.postgres = postgres;
        this.service = service;
    }

    /** Sends each request once with statement logging on, and returns what the server ran for each. */
    List<CapturedRequest> capture(List<String> paths) throws SQLException, IOException, InterruptedException {
        try (Connection admin = postgres.connectAdminToDirectory()) {
            admin.setAutoCommit(true);
            Set<Integer> ignoredSessions = new HashSet<>(relaySessions(admin));
            ignoredSessions.add(ownSession(admin));
            setStatementLogging(admin, "all");
            try {
                String logFile = single(admin, "select pg_current_logfile('csvlog')");
                long offset = Long.parseLong(single(admin, "select (pg_stat_file(pg_current_logfile('csvlog'))).size"));
                List<CapturedRequest> captured = new ArrayList<>();
                for (String path : paths) {
                    String start = marker(admin, "start");
                    send(path);
                    String end = marker(admin, "end");
                    List<List<String>> records = recordsUntil(admin, logFile, offset, end);
                    captured.add(new CapturedRequest(path, between(records, start, end, ignoredSessions)));
                }
                return captured;
            } finally {
                setStatementLogging(admin, null);
            }
        }
    }

    private void send(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Sets or resets {@code log_statement} for the server and waits until a new session sees it: the postmaster has
     * then signalled every running backend, and each applies the new setting before it runs its next statement.
     */
    private void setStatementLogging(Connection admin, String value) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute(value == null ? "alter system reset log_statement" : "alter system set log_statement = '" + value + "'");
            statement.execute("select pg_reload_conf()");
        }
        String expected = value == null ? single(admin, "select boot_val from pg_settings where name = 'log_statement'") : value;
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            try (Connection fresh = postgres.connectAdminToDirectory()) {
                if (single(fresh, "show log_statement").equals(expected)) {
                    return;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("log_statement did not become " + expected);
            }
            pause();
        }
    }

    private static String marker(Connection admin, String kind) throws SQLException {
        String marker = "benchmark-capture-" + kind + "-" + UUID.randomUUID();
        single(admin, "select '" + marker + "'");
        return marker;
    }

    /** The log's records from the offset on, once the collector has written the end marker's. */
    private static List<List<String>> recordsUntil(Connection admin, String logFile, long offset, String end) throws SQLException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            String text;
            try (PreparedStatement read = admin.prepareStatement("select pg_read_file(?, ?, 1000000000)")) {
                read.setString(1, logFile);
                read.setLong(2, offset);
                try (ResultSet result = read.executeQuery()) {
                    result.next();
                    text = result.getString(1);
                }
            }
            if (text.contains(end)) {
                return CsvLog.parse(text);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the end marker did not reach " + logFile + "; was the log rotated?");
            }
            pause();
        }
    }

    private static List<CapturedStatement> between(List<List<String>> records, String start, String end,
                                                   Set<Integer> ignoredSessions) {
        List<CapturedStatement> statements = new ArrayList<>();
        boolean inside = false;
        for (List<String> record : records) {
            String message = record.get(CsvLog.MESSAGE);
            if (message.contains(start)) {
                inside = true;
                continue;
            }
            if (message.contains(end)) {
                if (!inside) {
                    break;
                }
                if (statements.isEmpty()) {
                    throw new IllegalStateException("no statement of the service was logged between the markers");
                }
                return statements;
            }
            if (!inside || !BenchmarkPostgres.DATABASE.equals(record.get(CsvLog.DATABASE))
                    || ignoredSessions.contains(Integer.parseInt(record.get(CsvLog.PROCESS_ID)))) {
                continue;
            }
            String sql = statementText(message);
            if (sql != null) {
                String detail = record.get(CsvLog.DETAIL);
                statements.add(new CapturedStatement(sql, detail, Parameters.parse(detail)));
            }
        }
        throw new IllegalStateException("the markers " + start + " and " + end + " were not both found in the log");
    }

    /** The SQL of a {@code log_statement} message: extended protocol ("execute name: sql") or simple ("statement: sql"). */
    private static String statementText(String message) {
        if (message.startsWith("statement: ")) {
            return message.substring("statement: ".length());
        }
        if (message.startsWith("execute ")) {
            int colon = message.indexOf(": ");
            return colon < 0 ? null : message.substring(colon + 2);
        }
        return null;
    }

    private static List<Integer> relaySessions(Connection admin) throws SQLException {
        List<Integer> pids = new ArrayList<>();
        try (Statement statement = admin.createStatement(); ResultSet result = statement.executeQuery(
                "select pid from pg_locks where locktype = 'advisory'"
                        + " and database = (select oid from pg_database where datname = current_database())")) {
            while (result.next()) {
                pids.add(result.getInt(1));
            }
        }
        return pids;
    }

    private static int ownSession(Connection admin) throws SQLException {
        return Integer.parseInt(single(admin, "select pg_backend_pid()"));
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while capturing statements", e);
        }
    }

    /** The "Parameters: $1 = '...', $2 = NULL" detail of a logged statement, as SQL literals by number. */
    static final class Parameters {

        private Parameters() {
        }

        static List<String> parse(String detail) {
            List<String> values = new ArrayList<>();
            if (detail == null || detail.isEmpty()) {
                return values;
            }
            // "Parameters: " from PostgreSQL 14 on, "parameters: " before.
            if (!detail.regionMatches(true, 0, "parameters: ", 0, "parameters: ".length())) {
                throw new IllegalStateException("unexpected statement detail: " + detail);
            }
            String text = detail.substring("parameters: ".length());
            int at = 0;
            while (at < text.length()) {
                String prefix = "$" + (values.size() + 1) + " = ";
                if (!text.startsWith(prefix, at)) {
                    throw new IllegalStateException("unexpected parameter list at " + at + ": " + detail);
                }
                at += prefix.length();
                int valueEnd;
                if (text.startsWith("NULL", at)) {
                    valueEnd = at + "NULL".length();
                } else if (text.charAt(at) == '\'') {
                    valueEnd = at + 1;
                    while (true) {
                        if (text.charAt(valueEnd) == '\'') {
                            if (valueEnd + 1 < text.length() && text.charAt(valueEnd + 1) == '\'') {
                                valueEnd += 2;
                                continue;
                            }
                            valueEnd++;
                            break;
                        }
                        valueEnd++;
                    }
                } else {
                    throw new IllegalStateException("unexpected parameter value at " + at + ": " + detail);
                }
                values.add(text.substring(at, valueEnd));
                at = valueEnd;
                if (text.startsWith(", ", at)) {
                    at += 2;
                }
            }
            return values;
        }
    }
}
