package org.jewelers.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import org.jewelers.kafkabroker.FreePorts;

/**
 * The loopback ports the stack takes: fixed ones for the run command, free ones for tests.
 *
 * @param smtp       the mail server the apps send through
 * @param mailbox    where the mail it received is read over HTTP
 * @param stripe     the Stripe stub the competition takes payments through, and its pay page
 * @param management each app's management interface: its metrics and whole health report, never routed
 */
public record Ports(int postgres, int kafka, int kafkaController, int smtp, int mailbox, int stripe,
                   Map<App, Integer> apps, Map<App, Integer> management) {

    /**
     * The well-known ports; PostgreSQL on 5433 to stay clear of a local server on 5432, the Stripe stub on
     * stripe-mock's 12111.
     */
    public static Ports fixed() {
        Map<App, Integer> apps = new EnumMap<>(App.class);
        apps.put(App.GATEWAY, 8080);
        apps.put(App.CAREERS, 8081);
        apps.put(App.DIRECTORY, 8082);
        apps.put(App.COMPETITION, 8083);
        Map<App, Integer> management = new EnumMap<>(App.class);
        apps.forEach((app, port) -> management.put(app, port + 1000));
        return new Ports(5433, 9092, 9093, 2525, 8025, 12111, apps, management);
    }

    public static Ports free() {
        Map<App, Integer> apps = new EnumMap<>(App.class);
        Map<App, Integer> management = new EnumMap<>(App.class);
        for (App app : App.values()) {
            apps.put(app, FreePorts.next());
            management.put(app, FreePorts.next());
        }
        return new Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), apps, management);
    }

    public int of(App app) {
        return apps.get(app);
    }

    public int managementOf(App app) {
        return management.get(app);
    }

    static boolean isTaken(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

}
