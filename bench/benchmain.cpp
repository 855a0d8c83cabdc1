// Benchmarks run with a QCoreApplication: the outbox and delivery benchmarks need Qt's event loop.
#include "benchdata.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    // Generate the shared document and its messages once, outside every timed region.
    ActionDeck::Bench::identifyMessages();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
