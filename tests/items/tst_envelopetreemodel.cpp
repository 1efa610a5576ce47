#include "model/items/envelopetreemodel.h"
#include "model/ovf/descriptor.h"
#include "model/ovf/hardware.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFont>
#include <QTest>

using namespace Qt::StringLiterals;
using ovf::items::EnvelopeNodeType;
using ovf::items::EnvelopeTreeModel;

class TestEnvelopeTreeModel : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<ovf::Descriptor> load(const QString &relative)
    {
        auto d = ovf::Descriptor::load(QStringLiteral(OVFW_CORPUS_DIR) + u'/' + relative);
        if (!d)
            qFatal("cannot load %s: %s", qPrintable(relative), qPrintable(d.error().toString()));
        return std::move(*d);
    }
    static QStringList column(const QAbstractItemModel &m, const QModelIndex &parent, int col)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(parent); ++r)
            out << m.index(r, col, parent).data().toString();
        return out;
    }
    static EnvelopeNodeType type(const QModelIndex &i)
    {
        return EnvelopeNodeType(i.data(EnvelopeTreeModel::NodeTypeRole).toInt());
    }
    static int countType(const QAbstractItemModel &m, const QModelIndex &parent, EnvelopeNodeType t)
    {
        int n = 0;
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            n += (type(i) == t) + countType(m, i, t);
        }
        return n;
    }
    static QModelIndex child(const QAbstractItemModel &m, const QModelIndex &parent, const QString &name)
    {
        const QModelIndexList hits = m.match(m.index(0, 0, parent), Qt::DisplayRole, name, 1, Qt::MatchExactly);
        return hits.value(0);
    }
    // Every node points at an element, finds itself back through indexOf, and has a tooltip
    // with its path.
    static void checkNodes(const EnvelopeTreeModel &m, const QModelIndex &parent)
    {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            auto *e = i.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
            QVERIFY(e);
            QCOMPARE(m.element(i), e);
            QCOMPARE(m.indexOf(e), i);
            QVERIFY(i.data(Qt::ToolTipRole).toString().contains(e->path()));
            checkNodes(m, i);
            if (QTest::currentTestFailed())
                return;
        }
    }

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(OVFW_CORPUS_DIR), {u"*.ovf"_s, u"*.xml"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            QTest::addRow("%s", qPrintable(p.mid(qsizetype(strlen(OVFW_CORPUS_DIR)) + 1))) << p;
        }
        QTest::addRow("bundled sample") << QStringLiteral(OVFW_SOURCE_DIR "/resources/samples/hello-appliance.ovf");
    }
    void corpus()
    {
        QFETCH(QString, path);
        auto d = ovf::Descriptor::load(path);
        if (!d)
            QSKIP(qPrintable(u"refused by the loader: "_s + d.error().toString()));
        EnvelopeTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDescriptor(d->get());
        QCOMPARE(model.rowCount() > 0, (*d)->xml().root()->firstChildElement() != nullptr);
        checkNodes(model, {});
        model.retranslate();
        model.setDescriptor(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void nestedCollection()
    {
        auto d = load(u"govmomi/SugarCRM.ovf"_s);
        EnvelopeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDescriptor(d.get());

        QCOMPARE(column(m, {}, EnvelopeTreeModel::KindColumn),
                 (QStringList{u"References"_s, u"DiskSection"_s, u"NetworkSection"_s, u"Extension section"_s,
                              u"DeploymentOptionSection"_s, u"VirtualSystemCollection"_s, u"Strings"_s}));
        const QModelIndex files = m.index(0, 0);
        QCOMPARE(type(files), EnvelopeNodeType::References);
        QCOMPARE(column(m, files, 0),
                 (QStringList{u"eula"_s, u"basefile14"_s, u"basefile36"_s, u"file1"_s, u"file3"_s, u"file4"_s,
                              u"file6"_s}));
        QCOMPARE(m.rowCount(m.index(1, 0)), 8);
        QCOMPARE(column(m, m.index(4, 0), 0), (QStringList{u"small"_s, u"medium"_s, u"large"_s}));

        const QModelIndex ip = m.index(3, 0);
        QCOMPARE(ip.data().toString(), u"vmw:IpAssignmentSection"_s);
        QCOMPARE(type(ip), EnvelopeNodeType::ExtensionSection);
        QVERIFY(ip.data(EnvelopeTreeModel::ExtensionRole).toBool());
        QVERIFY(ip.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(ip.siblingAtColumn(EnvelopeTreeModel::InfoColumn).data().toString(),
                 u"Supported IP assignment schemes"_s);

        const QModelIndex vsc = m.index(5, 0);
        QCOMPARE(vsc.data().toString(), u"SugarCRM"_s);
        QCOMPARE(column(m, vsc, EnvelopeTreeModel::KindColumn),
                 (QStringList{u"StartupSection"_s, u"Extension section"_s, u"AnnotationSection"_s,
                              u"ProductSection"_s, u"EulaSection"_s, u"ResourceAllocationSection"_s,
                              u"VirtualSystem"_s, u"VirtualSystem"_s}));
        QCOMPARE(m.index(1, 0, vsc).data().toString(), u"eg:AvailabilitySection"_s);
        const QModelIndex product = m.index(3, 0, vsc);
        QCOMPARE(type(product), EnvelopeNodeType::ProductSection);
        QCOMPARE(product.data().toString(), u"SugarCRM 4.5.1e"_s);
        QCOMPARE(column(m, product, 0), (QStringList{u"Application"_s, u"Performance"_s, u"Network"_s}));
        QCOMPARE(countType(m, product, EnvelopeNodeType::Property), 12);
        QCOMPARE(m.index(0, 0, m.index(2, 0, product)).data().toString(), u"dns"_s);

        const QModelIndex web = m.index(6, 0, vsc);
        QCOMPARE(web.data().toString(), u"web"_s);
        QCOMPARE(type(web), EnvelopeNodeType::VirtualSystem);
        QCOMPARE(column(m, web, EnvelopeTreeModel::KindColumn),
                 (QStringList{u"OperatingSystemSection"_s, u"ProductSection"_s, u"VirtualHardwareSection"_s}));
        const QModelIndex hardware = m.index(2, 0, web);
        QCOMPARE(hardware.data().toString(), u"Virtual hardware (vmx-04)"_s);
        QCOMPARE(m.rowCount(hardware), 12);
        const QModelIndex nic = m.index(8, 0, hardware);
        QCOMPARE(nic.data().toString(), u"Network Adapter 1"_s);
        QCOMPARE(nic.siblingAtColumn(EnvelopeTreeModel::KindColumn).data().toString(), u"Ethernet adapter"_s);
        QVERIFY(nic.siblingAtColumn(EnvelopeTreeModel::InfoColumn).data().toString().contains(u"PCNet32"));

        // A CIM field inside the Item leads back to the Item's node; the tooltip says where.
        auto *item = nic.data(EnvelopeTreeModel::ElementRole).value<ovf::xml::Element *>();
        QCOMPARE(item->localName(), u"Item"_s);
        const ovf::HardwareItem handle(item);
        QCOMPARE(m.indexOf(handle.fieldElement(u"ElementName")), nic);
        const QString tip = nic.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"/Envelope/VirtualSystemCollection/VirtualSystem[1]/VirtualHardwareSection/Item[9]"),
                 qPrintable(tip));
        QVERIFY2(tip.contains(u"Line %1, column %2"_s.arg(item->position().line).arg(item->position().column)),
                 qPrintable(tip));

        QCOMPARE(countType(m, {}, EnvelopeNodeType::VirtualSystem), 2);
        QCOMPARE(countType(m, {}, EnvelopeNodeType::Property), 14);
        QVERIFY(!m.indexOf(d->xml().root()).isValid());
    }

    void categoriesAndDefaults()
    {
        auto d = load(u"cot/csr1000v.ovf"_s);
        EnvelopeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDescriptor(d.get());

        QCOMPARE(m.rowCount(), 5);
        const QModelIndex options = m.index(3, 0);
        QCOMPARE(m.rowCount(options), 4);
        QVERIFY(m.index(0, 0, options).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!m.index(1, 0, options).data(Qt::FontRole).isValid());

        const QModelIndex vs = m.index(4, 0);
        QCOMPARE(vs.data().toString(), u"com.cisco.csr1000v"_s);
        QCOMPARE(m.rowCount(vs), 3);
        QCOMPARE(m.rowCount(m.index(1, 0, vs)), 16);
        const QModelIndex product = m.index(2, 0, vs);
        QCOMPARE(type(product), EnvelopeNodeType::ProductSection);
        QVERIFY(product.data().toString().startsWith(u"Cisco CSR 1000V Cloud Services Router"));
        QCOMPARE(countType(m, product, EnvelopeNodeType::Category), 4);
        QCOMPARE(countType(m, product, EnvelopeNodeType::Property), 27);
        QCOMPARE(m.index(0, 0, product).data().toString(), u"config-version"_s);
        QCOMPARE(m.index(0, EnvelopeTreeModel::KindColumn, product).data().toString(), u"Property (string)"_s);
    }

    void legacyXsiTypeSections()
    {
        auto d = load(u"cot/v0.9.ovf"_s);
        EnvelopeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDescriptor(d.get());

        QCOMPARE(column(m, {}, EnvelopeTreeModel::KindColumn),
                 (QStringList{u"References"_s, u"DiskSection"_s, u"NetworkSection"_s, u"VirtualSystem"_s}));
        QCOMPARE(type(m.index(1, 0)), EnvelopeNodeType::DiskSection);
        QCOMPARE(m.index(0, 0, m.index(2, 0)).data().toString(), u"bridged"_s);
        const QModelIndex vs = m.index(3, 0);
        QCOMPARE(vs.data().toString(), u"v0.9"_s);
        QCOMPARE(column(m, vs, EnvelopeTreeModel::KindColumn),
                 (QStringList{u"OperatingSystemSection"_s, u"VirtualHardwareSection"_s, u"AnnotationSection"_s,
                              u"EulaSection"_s}));
        QCOMPARE(m.rowCount(m.index(1, 0, vs)), 8);
        QCOMPARE(countType(m, {}, EnvelopeNodeType::ExtensionSection), 0);
    }

    void largeDescriptor()
    {
        auto d = load(u"govmomi/vcsa65.ovf"_s);
        EnvelopeTreeModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setDescriptor(d.get());

        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(countType(m, {}, EnvelopeNodeType::Disk), 27);
        QCOMPARE(countType(m, {}, EnvelopeNodeType::Configuration), 31);
        QCOMPARE(countType(m, {}, EnvelopeNodeType::ExtensionSection), 2);
        const QModelIndex vs = m.index(6, 0);
        QCOMPARE(vs.data().toString(), u"VMware_vCenter_Server_Appliance"_s);
        QCOMPARE(countType(m, vs, EnvelopeNodeType::ProductSection), 3);
        QCOMPARE(countType(m, vs, EnvelopeNodeType::EulaSection), 2);
        const QModelIndex hardware = m.index(7, 0, vs);
        QCOMPARE(type(hardware), EnvelopeNodeType::VirtualHardwareSection);
        const ovf::VirtualHardwareSection section(m.element(hardware));
        QVERIFY(section.items().size() > 100);
        QCOMPARE(m.rowCount(hardware), int(section.items().size()));
        const QModelIndex strings = m.index(7, 0);
        QCOMPARE(type(strings), EnvelopeNodeType::StringsBundle);
        QCOMPARE(m.rowCount(strings), 2);
    }
};

QTEST_MAIN(TestEnvelopeTreeModel)
#include "tst_envelopetreemodel.moc"
