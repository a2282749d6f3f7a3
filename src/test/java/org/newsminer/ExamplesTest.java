package org.newsminer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples in examples/ compile against the current API, so the README never shows dead code. */
class ExamplesTest {

  @Test
  void everyExampleCompiles(@TempDir Path out) throws IOException {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      examples = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertFalse(examples.isEmpty(), "examples/ holds no .java files");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    for (Path example : examples) {
      List<String> args = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
          "-d", out.toString(), "-Xlint:none", example.toString()));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = javac.run(null, null, err, args.toArray(String[]::new));
      assertEquals(0, status, example + " does not compile:\n" + err);
    }
  }
}
