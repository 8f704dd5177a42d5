package ru.egais.exchange.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;

/** Prints a benchmark's figures and appends them to target/bench/results.txt. */
final class BenchReport {

    private BenchReport() {
    }

    static void record(String name, String figures) {
        String line = String.format("%s %s: %s (JDK %s, %d cores)%n", LocalDate.now(), name, figures,
                Runtime.version(), Runtime.getRuntime().availableProcessors());
        System.out.print(line);
        try {
            Path out = Path.of("target", "bench", "results.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one line a benchmark's row of the README table is read from: {@code ROW <row>: <figures>}, printed and
     * appended like every other line (grep "ROW" target/bench/results.txt).
     */
    static void summary(String row, String figures) {
        record("ROW " + row, figures);
    }

    /** "min–max (median m, n runs)" of a list of figures, each formatted with {@code format}. */
    static String spread(java.util.List<Double> values, String format) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return "no runs";
        }
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format("%s–%s (median %s, %d runs)", String.format(format, v[0]),
                String.format(format, v[v.length - 1]), String.format(format, median), v.length);
    }

    /** The q-quantile (0..1) of latencies in nanoseconds, in milliseconds. */
    static double percentileMillis(long[] nanos, double q) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** Resident memory of a process in MB (Linux /proc). */
    static long rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
