package org.routesrv.dsl.cli;

import java.io.StringWriter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.routesrv.dsl.simulation.ExpectationResult;

/** The JUnit XML that CI servers read: one suite per baseline or scenario, one case per expect line. */
final class JUnitReport {

  private JUnitReport() {
  }

  static String render(List<ExpectationSuite> suites) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "rsnet test");
      xml.writeAttribute("tests", String.valueOf(suites.stream().mapToInt(s -> s.results().size()).sum()));
      xml.writeAttribute("failures", String.valueOf(suites.stream().mapToLong(ExpectationSuite::failures).sum()));
      for (ExpectationSuite suite : suites) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.name());
        xml.writeAttribute("tests", String.valueOf(suite.results().size()));
        xml.writeAttribute("failures", String.valueOf(suite.failures()));
        xml.writeAttribute("errors", "0");
        for (ExpectationResult result : suite.results()) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("testcase");
          xml.writeAttribute("classname", suite.name());
          xml.writeAttribute("name", result.source().text());
          xml.writeAttribute("file", result.source().file());
          xml.writeAttribute("line", String.valueOf(result.source().line()));
          if (!result.passed()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", result.actual());
            xml.writeCharacters(result.source().file() + ":" + result.source().line() + ": " + result.actual());
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
          }
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing JUnit XML to memory failed", e);
    }
    return text.toString();
  }
}
