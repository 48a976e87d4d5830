import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;

/**
 * Where a short `rsnet` command's time goes: JVM start to main, creating the language's injector,
 * and the command itself, each in wall and process CPU time (docs/performance.md, "What the rest
 * is"). Run it as the launcher runs the jar, with the options to compare, e.g.:
 *
 * <pre>
 * javac -cp org.routesrv.dsl.ide/target/rsnet.jar -d /tmp/phases scripts/StartupPhases.java
 * (cd /tmp/phases && jar cf phases.jar *.class)   # a start-up cache takes classes from jars only
 * java -XX:TieredStopAtLevel=1 -Dguice_bytecode_gen_option=DISABLED \
 *   -cp org.routesrv.dsl.ide/target/rsnet.jar:/tmp/phases/phases.jar StartupPhases check examples/panos-active-standby.rsnet
 * </pre>
 */
public final class StartupPhases {

  private static long cpuMillis() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
  }

  public static void main(String[] args) throws Exception {
    long startToMain = ManagementFactory.getRuntimeMXBean().getUptime();
    long cpu0 = cpuMillis();
    long wall0 = System.nanoTime();
    // The command line's own injector (package-private), so that the command below reuses it.
    Method injector = Class.forName("org.routesrv.dsl.cli.Language").getDeclaredMethod("injector");
    injector.setAccessible(true);
    injector.invoke(null);
    long cpu1 = cpuMillis();
    long wall1 = System.nanoTime();
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream());
    int exit = (int) Class.forName("org.routesrv.dsl.cli.RsnetCommand")
        .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class)
        .invoke(null, discard, discard, (Object) args);
    long cpu2 = cpuMillis();
    long wall2 = System.nanoTime();
    System.out.printf("JVM start to main %d ms wall, %d ms CPU | injector %d ms wall, %d ms CPU | command %d ms wall,"
        + " %d ms CPU | exit %d%n", startToMain, cpu0, (wall1 - wall0) / 1_000_000, cpu1 - cpu0,
        (wall2 - wall1) / 1_000_000, cpu2 - cpu1, exit);
  }
}
