package org.jewelers.benchmarks.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jewelers.kafkabroker.FreePorts;

/**
 * nginx from Debian's package as a plain reverse proxy in front of one server: a child process (not a daemon) with
 * its configuration, logs and temporary files in a folder of its own. It keeps connections to the server open, as
 * any production configuration of nginx in front of an application does, and writes an access log, as the gateway
 * does.
 */
final class Nginx implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final URI url;

    private Nginx(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static Nginx proxyTo(URI server, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder.resolve("logs"));
        int port = FreePorts.next();
        Path config = folder.resolve("nginx.conf");
        Files.writeString(config, configuration(server, String.valueOf(port), folder));
        Process process = new ProcessBuilder("nginx", "-p", folder + "/", "-c", config.toString(),
                "-e", folder.resolve("logs/error.log").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("logs/nginx.out").toFile()))
                .start();
        Nginx nginx = new Nginx(process, URI.create("http://127.0.0.1:" + port));
        nginx.awaitListening(port, folder);
        return nginx;
    }

    URI url() {
        return url;
    }

    /** The master process and its workers. */
    ProcessCpu cpu() {
        return ProcessCpu.of(process.toHandle());
    }

    static String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("nginx", "-v").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return output.replace("nginx version: nginx/", "");
    }

    /** The whole configuration: two workers (one per core, as {@code auto} would give), nothing but the proxy. */
    static String configuration(URI server, String port, Path folder) {
        return String.join("\n", List.of(
                "daemon off;",
                "worker_processes 2;",
                "pid " + folder.resolve("nginx.pid") + ";",
                "events { worker_connections 4096; }",
                "http {",
                "  access_log " + folder.resolve("logs/access.log") + ";",
                "  client_body_temp_path " + folder.resolve("client_body") + ";",
                "  proxy_temp_path " + folder.resolve("proxy") + ";",
                "  fastcgi_temp_path " + folder.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + folder.resolve("uwsgi") + ";",
                "  scgi_temp_path " + folder.resolve("scgi") + ";",
                "  upstream service {",
                "    server " + server.getHost() + ":" + server.getPort() + ";",
                "    keepalive 128;",
                "  }",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    location / {",
                "      proxy_pass http://service;",
                "      proxy_http_version 1.1;",
                "      proxy_set_header Connection \"\";",
                "      proxy_set_header Host $http_host;",
                "    }",
                "  }",
                "}",
                ""));
    }

    private void awaitListening(int port, Path folder) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with " + process.exitValue() + "; see "
                        + folder.resolve("logs"));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IllegalStateException("nginx did not listen on " + port + " within " + READY_TIMEOUT);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
