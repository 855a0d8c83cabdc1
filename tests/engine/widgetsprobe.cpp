// Compiled only by the EngineBuild.RejectsQtWidgetsHeaders test, with the engine's include path
// (Qt6::Widgets linked so that its headers are found): the build must stop here.
#include <QWidget>

int widgetsProbe() {
    return sizeof(QWidget);
}
