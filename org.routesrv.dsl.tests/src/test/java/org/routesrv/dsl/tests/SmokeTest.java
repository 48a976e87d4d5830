package org.routesrv.dsl.tests;

import java.nio.file.*;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.rsnet.Model;
import com.google.inject.Inject;

@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class SmokeTest {
  @Inject ParseHelper<Model> parser;
  @Inject ValidationTestHelper validator;
  @Test void parses() throws Exception {
    Model m = parser.parse(Files.readString(Path.of("/tmp/lang-example.rsnet")));
    System.out.println(m.eResource().getErrors());
    validator.validate(m).forEach(System.out::println);
    validator.assertNoErrors(m);
  }
}
