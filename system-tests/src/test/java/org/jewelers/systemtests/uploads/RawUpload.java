package org.jewelers.systemtests.uploads;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A multipart upload written on a plain socket, for bodies an HTTP client will not send as asked: a length declared
 * far over the limit, or a body with no declared length at all (chunked). The body is written from another thread
 * while the answer is read, since a server that refuses early answers before it has read the body, and closes.
 */
final class RawUpload {

    private static final String BOUNDARY = "----upload-corpus-boundary";

    private RawUpload() {
    }

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Declares a body of {@code declared} bytes in Content-Length: a form with one file of zeros. */
    static Answer declared(URI gateway, String method, String path, String token, long declared) {
        return send(gateway, method, path, token, "Content-Length: " + declared, out -> {
            byte[] head = partHead();
            out.write(head);
            writeZeros(out, declared - head.length);
        });
    }

    /** Sends a form with a file of {@code fileBytes} zeros in chunks of 64 KiB, with no length declared. */
    static Answer chunked(URI gateway, String method, String path, String token, long fileBytes) {
        return send(gateway, method, path, token, "Transfer-Encoding: chunked", out -> {
            writeChunk(out, partHead());
            byte[] zeros = new byte[64 * 1024];
            for (long left = fileBytes; left > 0; left -= zeros.length) {
                writeChunk(out, left >= zeros.length ? zeros : new byte[(int) left]);
            }
            writeChunk(out, ascii("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                    + "photo\r\n--" + BOUNDARY + "--\r\n"));
            out.write(ascii("0\r\n\r\n"));
        });
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Answer send(URI gateway, String method, String path, String token, String framing, Body body) {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(ascii(method + " " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + ":" + gateway.getPort()
                    + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                    + "\r\n" + framing + "\r\n\r\n"));
            Thread writer = new Thread(() -> {
                try {
                    body.writeTo(out);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // The server answered and closed before taking the whole body: the point of the case.
                }
            }, "raw-upload-body");
            writer.setDaemon(true);
            writer.start();
            return read(new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " with " + framing, e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("the connection closed without an answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        byte[] content;
        if (headers.containsKey("content-length")) {
            content = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            content = chunks.toByteArray();
        } else {
            content = new byte[0];
        }
        return new Answer(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] partHead() {
        return ascii("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n");
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        for (long left = count; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }

    private static void writeChunk(OutputStream out, byte[] chunk) throws IOException {
        out.write(ascii(Integer.toHexString(chunk.length) + "\r\n"));
        out.write(chunk);
        out.write(ascii("\r\n"));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
