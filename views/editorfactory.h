#pragma once

class QWidget;
namespace ovf::commands {
class EditSession;
}
namespace ovf::xml {
class Element;
}

// Picks the form editor for a selected element of the envelope tree:
// ProductSection → ProductEditorTabs (Product and Properties); a Property or Category →
// the same, on the Properties tab with its row current; DeploymentOptionSection or one of its
// Configurations → DeploymentOptionsEditor (that option current); EulaSection → EulaEditor;
// AnnotationSection → AnnotationEditor; OperatingSystemSection → OperatingSystemEditor;
// VirtualSystem or VirtualSystemCollection → EntityEditor; StartupSection →
// StartupSectionEditor; VirtualHardwareSection or one of its Items → VirtualHardwareEditor
// (that device selected); DiskSection, NetworkSection, References or one of their entries →
// PackageEntriesEditor (that entry selected).
// Anything else → nullptr (the caller shows the details view instead).
// The returned widget is owned by `parent` (or by the caller when parent is null).
class EditorFactory
{
public:
    static QWidget *create(ovf::commands::EditSession *session, ovf::xml::Element *element, QWidget *parent = nullptr);
    // True when create() would return an editor for `element`.
    static bool hasEditor(const ovf::xml::Element *element);
};
