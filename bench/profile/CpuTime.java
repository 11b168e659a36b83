import java.lang.management.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.unkg.extract.Extractor;
import org.unkg.source.SourceReader;

/**
 * Extraction and reading measured by the CPU time of the thread that does them, which a loaded machine inflates far
 * less than wall time: an extract pass, a read pass, then both again (warm), over every file under the folders given
 * (without SOURCES.md and akn/metadata), on this thread.
 *
 * <pre>{@code
 * java -cp target/unkg.jar bench/profile/CpuTime.java ../shared/corpus ../shared/seeds
 * }</pre>
 */
public class CpuTime {
    public static void main(String[] a) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String d : a) try (Stream<Path> s = Files.walk(Path.of(d))) { s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCES.md") && !p.toString().contains("/akn/metadata/")).sorted().forEach(files::add); }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        Extractor ex = Extractor.builder().build();
        SourceReader r = new SourceReader();
        for (String mode : List.of("extract", "read", "extract", "read")) {
            long c0 = t.getCurrentThreadCpuTime(), w0 = System.nanoTime();
            // extract(SourceText) on this thread: extract(Path) hands the work to a bounded worker thread, whose CPU this
            // thread's clock would not see
            for (Path f : files) { try { if (mode.equals("read")) r.read(f); else ex.extract(r.read(f)); } catch (Exception e) {} }
            double cpu = (t.getCurrentThreadCpuTime() - c0) / 1e9, wall = (System.nanoTime() - w0) / 1e9;
            System.out.printf("%-8s %d files: cpu %.2f s (%.0f documents per cpu-second), wall %.1f s%n", mode, files.size(), cpu, files.size() / cpu, wall);
        }
    }
}
