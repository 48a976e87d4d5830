package org.routesrv.dsl.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.routesrv.dsl.testing.ExampleFiles;
import org.routesrv.dsl.testing.ModelFixture;
import org.routesrv.dsl.tests.RsnetInjectorProvider;

import com.google.inject.Inject;

/** After materializing, no read of the model creates a list: what lets the lowering read it beside the checks. */
@ExtendWith(InjectionExtension.class)
@InjectWith(RsnetInjectorProvider.class)
class LazyListsTest {

  @Inject private ModelFixture models;

  @Test
  void everyListOfEveryObjectExistsAfterwards() throws ReflectiveOperationException {
    for (Path example : ExampleFiles.all()) {
      Resource resource = models.parseClean(ExampleFiles.text(example)).eResource();
      assertFalse(missingLists(resource).isEmpty(), "EMF creates lists lazily, so a fresh model lacks some");
      LazyLists.materialize(resource);
      assertTrue(missingLists(resource).isEmpty(), () -> example + ": " + missingLists(resource));
    }
  }

  /** Lists not created yet: the generated classes hold each in a field named after its feature, null until read. */
  private static List<String> missingLists(Resource resource) {
    List<String> missing = new ArrayList<>();
    for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
      EObject object = contents.next();
      for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
        if (feature.isMany() && field(object, feature.getName()) == null) {
          missing.add(object.eClass().getName() + "." + feature.getName());
        }
      }
    }
    return missing;
  }

  private static Object field(EObject object, String name) {
    for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(object);
      } catch (NoSuchFieldException e) {
        // declared higher up
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no field for " + object.eClass().getName() + "." + name);
  }
}
