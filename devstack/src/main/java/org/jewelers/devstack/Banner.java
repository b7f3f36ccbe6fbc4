package org.jewelers.devstack;

import java.io.PrintStream;
import java.time.Duration;

/** What a newcomer needs once the stack is up: how long it took, where everything is, how to get a token. */
final class Banner {

    private Banner() {
    }

    static void print(DevStack stack, Duration startup, PrintStream out) {
        String gateway = stack.gatewayUrl().toString();
        out.printf("%nThe Jewelers platform is ready in %.1f s.%n%n", startup.toMillis() / 1000.0);
        out.printf("  Gateway (the one public origin)  %s%n", gateway);
        out.printf("    try: curl %s/api/v1/members%n", gateway);
        out.printf("  Search widget demo               %s%n", stack.widgetDemoUrl());
        out.printf("  Results gallery                  %s/gallery/%n%n", gateway);
        out.printf("  %-20s %-44s %s%n", "app", "API document", "health and metrics (management interface)");
        for (App app : App.values()) {
            String management = stack.managementUrl(app).toString();
            out.printf("  %-20s %-44s %s%n", app.module(), stack.url(app) + "/q/openapi",
                    management + "/q/health " + management + "/q/metrics");
        }
        out.printf("%n  Mail (SMTP 127.0.0.1:%d, DEV ONLY: kept in memory, never delivered)%n",
                stack.options().ports().smtp());
        out.printf("    read it: curl %s   (?to=<address> for one recipient's)%n", stack.mailboxUrl());
        out.printf("%n  Payments: Stripe stub %s (DEV ONLY: no card is asked for, no money moves)%n",
                stack.stripe().apiBase());
        out.printf("    pay pages: %s/pay/<session id>   (a checkout's payUrl)%n", stack.stripe().apiBase());
        out.printf("%n  Logs: %s%n", stack.options().logs());
        stack.kafkaLog().ifPresent(log -> out.printf("  Kafka log: %s%n", log));
        if (stack.demoRecordsAdded() > 0) {
            out.printf("  Demo data loaded: %d records (kept across restarts; ./run.sh --reset wipes them)%n",
                    stack.demoRecordsAdded());
        }
        out.printf("%n  Dev tokens (DEV ONLY key, issuer %s):%n", DevTokens.ISSUER);
        out.printf("    ./run.sh token %s%n", DevTokens.rolesUsage());
        out.printf("    e.g. curl -H \"Authorization: Bearer $(./run.sh token staff)\" %s/api/v1/members%n", gateway);
        out.printf("%nPress Ctrl-C to stop everything.%n");
    }
}
