/** JMH benchmarks; they run on the class path, where JMH forks its measuring JVMs. */
module vn.baocao.benchmarks {
    requires vn.baocao.core;
    requires vn.baocao.server;
    requires org.apache.poi.ooxml;
    requires jmh.core;
    requires java.management;
    requires jdk.management;

    provides vn.baocao.api.spi.ProgramTypeProvider with vn.baocao.benchmarks.BenchmarkIndicatorsPlugin;

    exports vn.baocao.benchmarks;
}
