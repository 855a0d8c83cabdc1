// Every QtWidgets header includes this one first. It sits ahead of Qt's include directory for
// the engine target only, so any Widgets include in engine/ stops the build (SPEC section 1).
#error "engine/ must not include QtWidgets: the engine has to build and run without a display."
