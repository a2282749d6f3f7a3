package org.newsminer.opensearch;

import java.util.Set;
import java.util.TreeSet;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;

/**
 * Runs the OpenSearch tests outside Maven, for {@code run-tests} when it runs as root: OpenSearch's test
 * framework refuses root, so the script runs this class as an unprivileged user on a copy of the test
 * class path. JUnit's own main cannot end the JVM under the framework's security manager (only known
 * test runners may call {@code System.exit}), so this one returns normally when every test passed and
 * otherwise ends with an exception, which makes the JVM exit with status 1.
 */
public final class UnprivilegedTestRun {
  private UnprivilegedTestRun() {}

  public static void main(String[] args) {
    Result r = JUnitCore.runClasses(NewsminerOpenSearchTests.class);
    Set<String> failedTests = new TreeSet<>();
    for (Failure f : r.getFailures()) {
      System.out.println(f.getTestHeader() + ": " + f.getTrace());
      failedTests.add(f.getDescription().getMethodName() == null ? "(suite)" : f.getDescription().getMethodName());
    }
    int failed = Math.min(r.getRunCount(), failedTests.size());
    System.out.println("opensearch: " + (r.getRunCount() - failed) + " passed, " + failed + " failed");
    if (!r.wasSuccessful() || r.getRunCount() == 0) {
      throw new AssertionError("OpenSearch plugin tests failed: " + failedTests);
    }
  }
}
