package org.physicalinventory.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** A read-only XML element that remembers its line, so that the lint can say where a problem is. */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    final StringBuilder text = new StringBuilder();

    private XmlNode(String name, Map<String, String> attributes, int line) {
        this.name = name;
        this.attributes = attributes;
        this.line = line;
    }

    String attr(String attribute) {
        return attributes.get(attribute);
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** This node and all below it, depth first. */
    void walk(Consumer<XmlNode> visitor) {
        visitor.accept(this);
        for (XmlNode child : children) {
            child.walk(visitor);
        }
    }

    /** The line where the start tag begins: SAX reports where it ends, and a tag may span lines. */
    private static int startLine(String text, int[] lineStarts, Locator locator, String qName) {
        int line = locator.getLineNumber();
        if (line < 1 || line > lineStarts.length) {
            return line;
        }
        int end = Math.min(text.length(), lineStarts[line - 1] + Math.max(locator.getColumnNumber() - 1, 0));
        int start = text.lastIndexOf("<" + qName, end);
        while (start >= 0 && line > 1 && start < lineStarts[line - 1]) {
            line--;
        }
        return line;
    }

    private static int[] lineStarts(String text) {
        java.util.List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses a file; throws SAXException with the line of the first syntax error. */
    static XmlNode parse(Path file) throws IOException, SAXException {
        String text = java.nio.file.Files.readString(file);
        int[] lineStarts = lineStarts(text);
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode[] root = new XmlNode[1];
        DefaultHandler handler = new DefaultHandler() {
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < atts.getLength(); i++) {
                    attributes.put(atts.getQName(i), atts.getValue(i));
                }
                XmlNode node = new XmlNode(qName, attributes, startLine(text, lineStarts, locator, qName));
                if (open.isEmpty()) {
                    root[0] = node;
                } else {
                    open.peek().children.add(node);
                }
                open.push(node);
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                open.peek().text.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                open.pop();
            }
        };
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newSAXParser().parse(file.toFile(), handler);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return root[0];
    }
}
