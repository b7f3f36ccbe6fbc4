package org.jewelers.benchmarks.gateway;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The processor time a process and its children have used, from the operating system's own accounting. On a shared
 * machine, where throughput depends on what else runs, processor time per request is what one process costs,
 * whatever the others do.
 */
public final class ProcessCpu {

    private final ProcessHandle process;

    private ProcessCpu(ProcessHandle process) {
        this.process = process;
    }

    public static ProcessCpu of(ProcessHandle process) {
        return new ProcessCpu(process);
    }

    /** The app started from this jar (each run starts its apps from jars of its own). */
    static ProcessCpu ofJar(Path jar) {
        String path = jar.toAbsolutePath().toString();
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(candidate -> candidate.info().commandLine().map(line -> line.contains(path)).orElse(false))
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("expected one process running " + path + ", found " + found.size());
        }
        return new ProcessCpu(found.get(0));
    }

    public Duration used() {
        Duration total = process.info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle child : process.descendants().toList()) {
            total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }
}
