package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report contract for XML: {@code start} and {@code end} are character offsets into the file as read, and
 * {@code text} is the text content of those characters, tags removed and character references decoded. Proved on
 * every citation of every AKN4UN file of sessions 74–78, with a tag stripper of its own (not the reader's).
 */
class AknOffsetsTest {
    private static final Pattern MARKUP = Pattern.compile("<!--.*?-->|<[^>]*>|&(#x[0-9a-fA-F]+|#\\d+|\\w+);",
            Pattern.DOTALL);

    @Test
    void everyCitationQuotesTheTextContentOfItsSpanInTheFile() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JsonNode o : AknCorpus.report()) {
            String file = Files.readString(Path.of(o.get("file").asText()), StandardCharsets.UTF_8);
            if (file.startsWith("\uFEFF")) {
                file = file.substring(1);
            }
            for (JsonNode c : o.path("citations")) {
                int start = c.get("start").asInt();
                int end = c.get("end").asInt();
                String expected = start >= 0 && start < end && end <= file.length()
                        ? textContent(file.substring(start, end)) : "<span out of the file>";
                checked++;
                if (!expected.equals(c.get("text").asText()) && wrong.size() < 20) {
                    wrong.add(o.get("file").asText() + " [" + start + "," + end + "): " + c.get("text") + " but "
                            + expected);
                }
            }
        }
        assertTrue(checked > 100_000, "citations checked: " + checked);
        assertEquals(List.of(), wrong);
    }

    /** Characters of an XML fragment without its tags and comments, references decoded. */
    static String textContent(String xml) {
        Matcher m = MARKUP.matcher(xml);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            sb.append(xml, at, m.start());
            String ref = m.group(1);
            if (ref != null) {
                sb.append(switch (ref) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> Character.toString(ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16)
                            : Integer.parseInt(ref.substring(1)));
                });
            }
            at = m.end();
        }
        return sb.append(xml.substring(at)).toString();
    }
}
