import jdk.jfr.consumer.*;
import java.nio.file.*;
import java.util.*;

/**
 * Where a JFR recording's CPU samples are, for JDK 17, whose {@code jfr} has no {@code view hot-methods}: the
 * {@code jdk.ExecutionSample} events grouped by top frame, by first {@code org.unkg} frame (and line), and the
 * inclusive share of unkg, PDFBox and regex methods. JDK only; run as a source file.
 *
 * <pre>{@code
 * java -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile -jar target/unkg.jar extract DIR > /dev/null
 * java bench/profile/HotMethods.java /tmp/x.jfr 30
 * }</pre>
 */
public class HotMethods {
    public static void main(String[] a) throws Exception {
        Map<String,Integer> self = new HashMap<>(), unkgSelf = new HashMap<>(), incl = new HashMap<>(), line = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(a[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
            RecordedStackTrace st = e.getStackTrace(); if (st == null) continue;
            total++;
            List<RecordedFrame> fr = st.getFrames();
            if (fr.isEmpty()) continue;
            self.merge(name(fr.get(0)), 1, Integer::sum);
            for (RecordedFrame f : fr) { String n = name(f); if (n.startsWith("org.unkg")) { unkgSelf.merge(n, 1, Integer::sum); break; } }
            for (RecordedFrame f : fr) { String n = name(f); if (n.startsWith("org.unkg")) { line.merge(n + ":" + f.getLineNumber(), 1, Integer::sum); break; } }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : fr) { String n = name(f); if (seen.add(n)) incl.merge(n, 1, Integer::sum); }
        }
        int k = a.length > 1 ? Integer.parseInt(a[1]) : 25;
        System.out.println("samples: " + total);
        print("self (top frame)", self, total, k);
        print("first org.unkg frame", unkgSelf, total, k);
        print("first org.unkg frame:line", line, total, k);
        Map<String,Integer> inclU = new HashMap<>(); incl.forEach((n,c) -> { if (n.startsWith("org.unkg") || n.contains("pdfbox") || n.contains("regex")) inclU.put(n,c);});
        print("inclusive (org.unkg / pdfbox / regex)", inclU, total, k);
    }
    static String name(RecordedFrame f) { return f.getMethod().getType().getName() + "." + f.getMethod().getName(); }
    static void print(String t, Map<String,Integer> m, int total, int k) {
        System.out.println("== " + t);
        m.entrySet().stream().sorted((x,y)->y.getValue()-x.getValue()).limit(k).forEach(e -> System.out.printf("%6.2f%% %s%n", 100.0*e.getValue()/total, e.getKey()));
    }
}
