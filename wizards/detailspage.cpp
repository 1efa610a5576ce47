#include "wizards/detailspage.h"

#include "model/ovf/entity.h"
#include "model/ovf/languagetag.h"
#include "model/ovf/sections.h"
#include "model/package/packageopener.h"
#include "wizards/deploysession.h"
#include "model/ovf/units.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

DetailsPage::DetailsPage(DeploySession *session, QWidget *parent)
    : DeployPage(DeployPageId::Details, session, parent)
{
    setTitle(tr("Appliance details"));
    setSubTitle(tr("What the package contains."));

    m_icon = new QLabel(this);
    m_icon->setObjectName(u"productIcon"_s);
    m_icon->setFixedSize(64, 64);
    m_icon->setAlignment(Qt::AlignCenter);
    m_product = new QLabel(this);
    m_product->setObjectName(u"product"_s);
    m_vendor = new QLabel(this);
    m_version = new QLabel(this);
    m_systems = new QLabel(this);
    m_download = new QLabel(this);
    m_download->setObjectName(u"downloadSize"_s);
    m_onDisk = new QLabel(this);
    m_onDisk->setObjectName(u"sizeOnDisk"_s);
    for (QLabel *l : {m_product, m_vendor, m_version, m_systems, m_download, m_onDisk}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
    }
    m_annotation = new QTextBrowser(this);
    m_annotation->setObjectName(u"annotation"_s);

    m_textLocale = new QComboBox(this);
    m_textLocale->setObjectName(u"textLocale"_s);
    m_textLocale->setToolTip(tr("The language the package's texts (product, licenses, properties, options) are "
                                "shown in; a missing translation falls back to the language alone (de-AT → de), "
                                "then to the default text"));
    m_bundleErrors = new QLabel(this);
    m_bundleErrors->setWordWrap(true);
    m_bundleErrors->hide();
    connect(m_textLocale, &QComboBox::activated, this, [this](int index) {
        this->session()->setTextLocale(m_textLocale->itemData(index).toString());
        showTexts();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Texts in:"), m_textLocale);
    form->addRow(m_bundleErrors);
    form->addRow(tr("Product:"), m_product);
    form->addRow(tr("Vendor:"), m_vendor);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Virtual machines:"), m_systems);
    form->addRow(tr("Download size:"), m_download);
    form->addRow(tr("Size on disk:"), m_onDisk);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon, 0, Qt::AlignTop);
    top->addLayout(form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Description:"), this));
    layout->addWidget(m_annotation, 1);

    connect(&m_iconWatcher, &QFutureWatcherBase::finished, this, &DetailsPage::iconLoaded);
}

DetailsPage::~DetailsPage()
{
    m_iconWatcher.cancel();
    m_iconWatcher.waitForFinished();
}

quint64 DetailsPage::totalDiskCapacity(const ovf::Envelope &envelope, int *unknown)
{
    quint64 total = 0;
    int missing = 0;
    for (const ovf::VirtualDisk &disk : envelope.disks()) {
        if (const auto bytes = disk.capacityBytes())
            total += *bytes;
        else
            ++missing;
    }
    if (unknown)
        *unknown = missing;
    return total;
}

void DetailsPage::initializePage()
{
    // The locales the package translates its texts into; the operator may read them in any.
    const TextResolver &texts = session()->texts();
    m_textLocale->clear();
    m_textLocale->addItem(tr("Default texts (%1)").arg(texts.defaultLanguage()), QString());
    for (const QString &l : texts.locales()) {
        if (ovf::LanguageTag::equal(l, texts.defaultLanguage()))
            continue;
        const QString name = QLocale(l).nativeLanguageName();
        m_textLocale->addItem(name.isEmpty() ? l : tr("%1 (%2)").arg(name, l), l);
    }
    const int current = m_textLocale->findData(session()->textLocale());
    m_textLocale->setCurrentIndex(std::max(0, current));
    m_textLocale->setEnabled(m_textLocale->count() > 1);
    m_bundleErrors->setText(texts.bundleErrors().isEmpty()
                                ? QString()
                                : tr("Some translations could not be read: %1").arg(texts.bundleErrors().join(u"; "_s)));
    m_bundleErrors->setVisible(!texts.bundleErrors().isEmpty());
    showTexts();
}

void DetailsPage::showTexts()
{
    const ovf::Envelope envelope = session()->envelope();
    const TextResolver &texts = session()->texts();
    const QString none = tr("(not given)");
    const ovf::Entity content = envelope.content();

    ovf::ProductSection product;
    for (const ovf::Entity &e : envelope.allEntities()) {
        for (const ovf::ProductSection &p : e.productSections()) {
            if (!p.product().isNull() || !p.vendor().isNull()) {
                product = p;
                break;
            }
        }
        if (product)
            break;
    }
    auto show = [&](QLabel *label, const ovf::LocalizedText &t) {
        const QString text = texts.text(t).simplified();
        label->setText(text.isEmpty() ? none : text);
    };
    if (product) {
        show(m_product, product.product());
        show(m_vendor, product.vendor());
        const QString full = texts.text(product.fullVersion()).simplified();
        const QString version = texts.text(product.version()).simplified();
        m_version->setText(full.isEmpty() ? (version.isEmpty() ? none : version)
                                          : (version.isEmpty() || full == version ? full : tr("%1 (%2)").arg(version, full)));
    } else {
        m_product->setText(content ? content.displayName() : none);
        m_vendor->setText(none);
        m_version->setText(none);
    }

    QStringList systems;
    for (const ovf::Entity &e : envelope.allEntities()) {
        if (!e.isCollection())
            systems.append(e.displayName());
    }
    m_systems->setText(systems.join(u", "_s));

    const QLocale locale;
    const ovf::package::VerifyResult *r = session()->verification();
    m_download->setText(r ? ovf::formatByteSize(quint64(r->packageBytes), locale) : none);
    int unknown = 0;
    const quint64 capacity = totalDiskCapacity(envelope, &unknown);
    const qsizetype disks = envelope.disks().size();
    QString onDisk = disks == 1 ? tr("up to %1 (one disk)").arg(ovf::formatByteSize(capacity, locale))
                                : tr("up to %1 (%2 disks)").arg(ovf::formatByteSize(capacity, locale)).arg(disks);
    if (unknown)
        onDisk += u' ' + tr("(disks of unknown capacity: %1)").arg(unknown);
    m_onDisk->setText(onDisk);

    QStringList annotations;
    for (const ovf::Entity &e : envelope.allEntities()) {
        const ovf::AnnotationSection a(e.section(ovf::SectionKind::Annotation).element());
        const QString text = a ? texts.text(a.annotation()).trimmed() : QString();
        if (!text.isEmpty())
            annotations.append(text);
    }
    if (product) {
        const QString url = texts.text(product.productUrl()).trimmed();
        if (!url.isEmpty())
            annotations.append(url);
    }
    m_annotation->setPlainText(annotations.isEmpty() ? tr("The package has no description.")
                                                     : annotations.join(u"\n\n"_s));

    m_icon->clear();
    m_icon->hide();
    m_iconWatcher.cancel();
    if (!product || product.icons().isEmpty() || !r)
        return;
    QString member;
    for (const ovf::package::FileCheck &f : r->files) {
        if (f.id == product.icons().first().fileRef
            && (f.status == ovf::package::FileCheck::Status::Ok || f.status == ovf::package::FileCheck::Status::Unchecked))
            member = f.memberName;
    }
    if (member.isEmpty())
        return; // only icons whose digest matched (or that the operator accepted unchecked)
    const QString path = r->packagePath;
    m_iconWatcher.setFuture(QtConcurrent::run([path, member]() -> QByteArray {
        const auto bytes = ovf::package::PackageOpener::readMember(path, member, qint64(1) << 20);
        return bytes ? *bytes : QByteArray();
    }));
}

void DetailsPage::iconLoaded()
{
    if (m_iconWatcher.isCanceled() || m_iconWatcher.future().resultCount() == 0)
        return;
    QPixmap pixmap;
    if (pixmap.loadFromData(m_iconWatcher.result())) {
        m_icon->setPixmap(pixmap.scaled(m_icon->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_icon->show();
    }
}
