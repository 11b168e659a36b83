package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.cli.Unkg;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reading AKN4UN XML: detected by content whatever the name, text content mapped to the file's offsets, and
 * hostile XML (external entities, entity expansion, sheer size) refused with a plain reason and bounded memory.
 */
class AknReaderTest {
    private static final String AKN = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">";
    private final SourceReader reader = new SourceReader();

    private SourceText read(String name, String xml) throws SourceException {
        return reader.read(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xmlIsDetectedByContentWhateverTheFileIsCalled() throws Exception {
        String xml = "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>" + AKN + "<p>Recalling</p></akomaNtoso>";
        assertEquals(SourceFormat.AKN, read("resolution.txt", xml.strip()).format());
        assertEquals(SourceFormat.AKN, read("resolution", AKN + "<p>x</p></akomaNtoso>").format());
        assertEquals(SourceFormat.TEXT, read("notes.xml", "Recalling its resolution 35/168,").format());
    }

    @Test
    void textContentKeepsTheOffsetOfEveryCharacterInTheFile() throws Exception {
        String xml = AKN + "<!-- unofficial copy --><p>its resolution <a href=\"x&amp;y\">1514&#160;(XV)</a> &amp; "
                + "<![CDATA[<b>]]></p></akomaNtoso>";
        AknDocument d = read("r.xml", xml).markup();
        assertEquals("its resolution 1514\u00A0(XV) & <b>", d.content());
        int at = xml.indexOf("1514");
        assertEquals(at, d.offset(d.content().indexOf("1514")));
        assertEquals(xml.indexOf("&#160;"), d.offset(d.content().indexOf('\u00A0')));
        assertEquals("1514\u00A0(XV)", d.textContent(at, xml.indexOf("</a>")));
        assertEquals(xml.indexOf(" &amp; ") + 6, d.widenEnd(xml.indexOf(" &amp; ") + 2), "past the reference");
        assertEquals("p", d.root().children().get(0).name());
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + AKN + "<p>&xxe;</p></akomaNtoso>";
        SourceException e = assertThrows(SourceException.class, () -> read("xxe.xml", xml));
        assertTrue(e.getMessage().contains("document type (DTD)"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE akomaNtoso [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = "<?xml version=\"1.0\"?>" + dtd + "]>" + AKN + "<p>&lol9;</p></akomaNtoso>";
        SourceException e = assertThrows(SourceException.class, () -> read("lol.xml", xml));
        assertTrue(e.getMessage().contains("entity expansion"), e.getMessage());
    }

    @Test
    void anEntityWithoutADefinitionIsNotWellFormed() {
        SourceException e = assertThrows(SourceException.class,
                () -> read("e.xml", AKN + "<p>&undefined;</p></akomaNtoso>"));
        assertTrue(e.getMessage().startsWith("not well-formed XML") || e.getMessage().contains("does not define"),
                e.getMessage());
    }

    @Test
    void xmlThatIsNotAkomaNtosoIsRefused() {
        SourceException e = assertThrows(SourceException.class, () -> read("page.xml", "<html><p>x</p></html>"));
        assertEquals("XML, but not Akoma Ntoso (the root element is <html>, not <akomaNtoso>)", e.getMessage());
    }

    @Test
    void nestingBeyondAnyResolutionIsRefused() {
        String xml = AKN + "<p>".repeat(5000) + "</p>".repeat(5000) + "</akomaNtoso>";
        SourceException e = assertThrows(SourceException.class, () -> read("deep.xml", xml));
        assertTrue(e.getMessage().contains("deep"), e.getMessage());
    }

    @Test
    void aHundredMegabyteXmlFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.xml");
        byte[] block = "<p>Recalling its resolution 35/168</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write((AKN + "\n").getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < 100L * 1024 * 1024; n += block.length) {
                out.write(block);
            }
        }
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("extract", "--format", "json", big.toString()));
        long grew = rt.totalMemory() - rt.freeMemory() - before;
        assertEquals(big + ": the file is 100.0 MB, over the limit of 32.0 MB (--max-file-size)",
                err.toString().strip());
        assertTrue(new ObjectMapper().readTree(out.toString()).get(0).has("error"));
        assertTrue(grew < 64L * 1024 * 1024, "memory grew by " + grew / 1048576 + " MB");
    }

    @Test
    void aHundredMegabytesOfXmlInMemoryAreRefusedBeforeDecoding() {
        byte[] big = new byte[100 * 1024 * 1024];
        byte[] head = AKN.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, big, 0, head.length);
        java.util.Arrays.fill(big, head.length, big.length, (byte) 'a');
        SourceException e = assertThrows(SourceException.class, () -> reader.read("upload.xml", big));
        assertTrue(e.getMessage().startsWith("the file is 100.0 MB, over the limit"), e.getMessage());
    }

    @Test
    void hostileFilesGetOneErrorLineEachAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<!DOCTYPE a [<!ENTITY x SYSTEM \"http://127.0.0.1/\">]>"
                + AKN + "<p>&x;</p></akomaNtoso>");
        Path good = Path.of("..", "shared", "corpus", "akn", "78", "A_RES_78_100.xml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("extract", "--format", "json", xxe.toString(), good.toString()));
        assertTrue(err.toString().startsWith(xxe + ": the XML declares a document type (DTD)"), err.toString());
        assertEquals("A/RES/78/100", new ObjectMapper().readTree(out.toString()).get(1).get("resolution").get("symbol")
                .asText());
    }
}
