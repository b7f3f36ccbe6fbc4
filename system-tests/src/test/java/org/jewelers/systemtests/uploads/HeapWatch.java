package org.jewelers.systemtests.uploads;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Another JVM's heap, watched through its own memory pools: attached with the JDK's attach API (same user, no
 * flags on the watched JVM), its local management agent started, and read over JMX. The JVM keeps each pool's peak
 * itself, so nothing between two samples is missed. The sum of the pools' peaks is an upper bound of the heap's
 * peak (the pools need not peak at the same moment).
 */
final class HeapWatch implements AutoCloseable {

    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final List<MemoryPoolMXBean> heapPools;

    private HeapWatch(JMXConnector connector, MemoryMXBean memory, List<MemoryPoolMXBean> heapPools) {
        this.connector = connector;
        this.memory = memory;
        this.heapPools = heapPools;
    }

    static HeapWatch attach(long pid) {
        try {
            VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            MBeanServerConnection server = connector.getMBeanServerConnection();
            List<MemoryPoolMXBean> heap = ManagementFactory.getPlatformMXBeans(server, MemoryPoolMXBean.class).stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            return new HeapWatch(connector, ManagementFactory.newPlatformMXBeanProxy(server,
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class), heap);
        } catch (AttachNotSupportedException | IOException e) {
            throw new IllegalStateException("could not attach to process " + pid, e);
        }
    }

    /** Collects garbage, then starts every pool's peak afresh from what is live: the phase's baseline. */
    long startPhase() {
        memory.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The heap's peak since {@link #startPhase}, as the sum of each pool's peak. */
    long peak() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
