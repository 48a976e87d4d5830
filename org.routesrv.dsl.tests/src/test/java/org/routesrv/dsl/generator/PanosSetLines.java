package org.routesrv.dsl.generator;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Both PAN-OS formats reduced to one normalized form: one {@code set} path per leaf value, the way
 * the firewall itself maps configuration XML to set commands (an element is a keyword, an
 * {@code <entry name="X">} is the name X, a leaf's text is its value, {@code <member>}s are a
 * bracketed list, an empty element is a final keyword). Device and vsys1 prefixes are dropped, as
 * the CLI of a single-vsys firewall drops them.
 */
final class PanosSetLines {

  private static final String DEVICE = "devices localhost.localdomain ";
  private static final String VSYS = "vsys vsys1 ";

  private PanosSetLines() {
  }

  /** The set commands of a .panos.set file, without comments, sorted. */
  static List<String> ofSetFile(String text) {
    return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> {
          if (!line.startsWith("set ")) {
            throw new AssertionError("not a set command: " + line);
          }
          return line.substring(4).strip().replaceAll("\\s+", " ");
        })
        .sorted().toList();
  }

  /** The leaves of a .panos.xml file as set paths, sorted; fails unless the XML is well-formed. */
  static List<String> ofXmlFile(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
    if (!root.getTagName().equals("config")) {
      throw new AssertionError("the root element is " + root.getTagName() + ", not config");
    }
    List<String> lines = new ArrayList<>();
    walk(root, "", lines);
    return lines.stream().map(line -> {
      String path = line.strip();
      path = path.startsWith(DEVICE) ? path.substring(DEVICE.length()) : path;
      return path.startsWith(VSYS) ? path.substring(VSYS.length()) : path;
    }).sorted().toList();
  }

  private static void walk(Element element, String path, List<String> lines) {
    List<Element> children = children(element);
    if (children.isEmpty()) {
      String text = element.getTextContent().strip();
      lines.add(path + " " + (text.isEmpty() ? "" : text));
      return;
    }
    if (children.stream().allMatch(child -> child.getTagName().equals("member"))) {
      lines.add(path + " [ " + String.join(" ", children.stream().map(m -> m.getTextContent().strip()).toList()) + " ]");
      return;
    }
    for (Element child : children) {
      if (child.getTagName().equals("entry")) {
        String entryPath = path + " " + child.getAttribute("name");
        if (children(child).isEmpty()) {
          lines.add(entryPath);
        } else {
          walk(child, entryPath, lines);
        }
      } else if (children(child).isEmpty() && child.getTextContent().strip().isEmpty()) {
        lines.add(path + " " + child.getTagName());
      } else {
        walk(child, path + " " + child.getTagName(), lines);
      }
    }
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }
}
