# Precompiled headers, compiled once and reused by every target (a cold build compiles the Qt
# and standard headers twice instead of once per source file):
#   ovfw_pch          the standard library and QtCore, for model/, app/cli and most tests
#   ovfw_pch_widgets  the above plus the QtWidgets headers the views, wizards and GUI tests use
# A target takes one with target_precompile_headers(T REUSE_FROM ovfw_pch[_widgets]).
set(OVFW_PCH_CORE
    <algorithm> <atomic> <expected> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QList>
    <QMap> <QObject> <QSet> <QString> <QStringList> <QStringView> <QVariant>)
set(OVFW_PCH_WIDGETS
    <QAction> <QApplication> <QComboBox> <QDialog> <QHBoxLayout> <QLabel> <QLineEdit>
    <QMessageBox> <QPushButton> <QTreeView> <QVBoxLayout> <QWidget> <QWizard> <QWizardPage>)

file(WRITE ${CMAKE_BINARY_DIR}/ovfw_pch.cpp "// precompiled header holder\n")
add_library(ovfw_pch STATIC ${CMAKE_BINARY_DIR}/ovfw_pch.cpp)
target_link_libraries(ovfw_pch PUBLIC ovfw_defaults Qt6::Core)
target_precompile_headers(ovfw_pch PRIVATE ${OVFW_PCH_CORE})

add_library(ovfw_pch_widgets STATIC ${CMAKE_BINARY_DIR}/ovfw_pch.cpp)
target_link_libraries(ovfw_pch_widgets PUBLIC ovfw_defaults Qt6::Widgets)
target_precompile_headers(ovfw_pch_widgets PRIVATE ${OVFW_PCH_CORE} ${OVFW_PCH_WIDGETS})
