package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.Deflater;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.fixtures.CliRun;

/**
 * A folder of hostile files, as people point unkg at them: each file is stored or gets one {@code FILE: reason}
 * line, the run goes on, and what was stored before does not change. The files are made here, byte for byte, so
 * that the corpus is in the repository as the code that writes it.
 */
class HostileFilesTest {
    private static final String PARAGRAPH = "The General Assembly,\n\nRecalling its resolution 35/168 of 15 December "
            + "1980 and Security Council resolution 1373 (2001),\n\n1. Decides to remain seized of the matter.\n";

    @TempDir
    Path tmp;

    /** Name to bytes: every hostile file of issue 10 that can be written without a network or a special disk. */
    private static Map<String, byte[]> hostile() throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("empty.txt", new byte[0]);
        m.put("whitespace.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII));
        m.put("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, (byte) 0xff});
        m.put("truncated.pdf", Arrays.copyOf(minimalPdf(), 200));
        m.put("bomb.pdf", pdfBomb());
        m.put("invalid-utf8.txt", concat(PARAGRAPH.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xc3, 0x28,
                (byte) 0xa0, (byte) 0xa1, (byte) 0xff}));
        m.put("utf16-no-bom.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_16LE));
        m.put("lone-cr.txt", PARAGRAPH.replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
        StringBuilder many = new StringBuilder("The General Assembly,\n\nRecalling its resolutions ");
        for (int i = 0; i < 10_000; i++) {
            many.append(i % 70 + 1).append('/').append(i % 300 + 1).append(", ");
        }
        m.put("ten-thousand-citations.txt", many.append("35/168,\n\n1. Decides.\n").toString()
                .getBytes(StandardCharsets.UTF_8));
        m.put("a name with spaces and ünïcödé — résolution.txt", PARAGRAPH.getBytes(StandardCharsets.UTF_8));
        return m;
    }

    @Test
    void eachHostileFileIsStoredOrGetsOneLineTheRunGoesOnAndNothingStoredChanges() throws Exception {
        Path good = Files.createDirectories(tmp.resolve("good"));
        Files.writeString(good.resolve("A_RES_1.txt"), PARAGRAPH, StandardCharsets.UTF_8);
        String db = tmp.resolve("db").toString();
        assertEquals(0, CliRun.of("ingest", "--db", db, "-q", "--no-network", "--root", tmp.toString(),
                good.toString()).status());
        Set<String> before = quads(db);

        Path bad = Files.createDirectories(tmp.resolve("hostile"));
        Map<String, byte[]> files = hostile();
        for (var e : files.entrySet()) {
            Files.write(bad.resolve(e.getKey()), e.getValue());
        }
        Path loop = bad.resolve("loop");
        Files.createDirectories(loop);
        Files.createSymbolicLink(loop.resolve("again"), loop); // a symlink loop: not followed
        Files.write(bad.resolve("huge.txt"), new byte[2 * 1024 * 1024]); // over the limit given below

        // a hang guard, not a speed measure: every file of this folder is bounded in time
        CliRun r = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> CliRun.of("ingest", "--db", db, "-q",
                "--no-network", "--max-file-size", "1m", "--root", tmp.toString(), bad.toString()));
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        System.out.println(String.join("\n", lines));
        for (String l : lines) {
            assertTrue(l.matches(".*hostile/[^:]+: .+"), "FILE: reason, one line: " + l);
        }
        Set<String> reported = lines.stream().map(l -> l.replaceFirst(".*hostile/", "").replaceFirst(": .*", ""))
                .collect(Collectors.toSet());
        assertEquals(lines.size(), reported.size(), "one line a file: " + lines);
        for (String refused : List.of("empty.txt", "whitespace.txt", "binary.txt", "truncated.pdf", "huge.txt")) {
            assertTrue(reported.contains(refused), refused + " is refused with a reason: " + lines);
        }
        assertTrue(r.out().contains("stored"), r.out());
        for (String stored : List.of("lone-cr.txt", "ten-thousand-citations.txt",
                "a name with spaces and ünïcödé — résolution.txt")) {
            assertTrue(!reported.contains(stored), stored + " lands: " + lines);
        }
        Set<String> after = quads(db);
        assertTrue(after.containsAll(before), "nothing stored before changed");
    }

    private static Set<String> quads(String db) {
        Dataset ds = TDB2Factory.connectDataset(db);
        try {
            ds.begin(ReadWrite.READ);
            try {
                Set<String> out = new java.util.HashSet<>();
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    if (!q.getPredicate().getURI().endsWith("modified")) {
                        out.add(q.toString());
                    }
                });
                return out;
            } finally {
                ds.end();
            }
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] minimalPdf() {
        return pdf("BT /F1 12 Tf 72 712 Td (Recalling its resolution 35/168) Tj ET".getBytes(StandardCharsets.US_ASCII),
                false);
    }

    /** A page whose content stream inflates from a few kilobytes to a gigabyte of zeros. */
    private static byte[] pdfBomb() {
        byte[] zeros = new byte[1 << 20];
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        for (int i = 0; i < 1024; i++) {
            d.setInput(zeros);
            while (!d.needsInput()) {
                z.write(buf, 0, d.deflate(buf));
            }
        }
        d.finish();
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        return pdf(z.toByteArray(), true);
    }

    private static byte[] pdf(byte[] content, boolean flate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new java.util.ArrayList<>();
        write(out, "%PDF-1.4\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n");
            if (objects[i] == null) {
                write(out, "<< /Length " + content.length + (flate ? " /Filter /FlateDecode" : "") + " >>\nstream\n");
                out.write(content, 0, content.length);
                write(out, "\nendstream\n");
            } else {
                write(out, objects[i] + "\n");
            }
            write(out, "endobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 6\n0000000000 65535 f \n");
        for (int o : offsets) {
            write(out, String.format("%010d 00000 n \n", o));
        }
        write(out, "trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
