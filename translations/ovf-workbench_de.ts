<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddEntityCommand</name>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="25"/>
        <source>A collection of virtual systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="26"/>
        <source>A virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="33"/>
        <source>Virtual hardware requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="45"/>
        <source>No place to add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="48"/>
        <source>Pre-1.0 draft descriptors describe entities as Content elements; adding them is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="55"/>
        <source>The Envelope already has its one virtual system or collection (DSP0243: exactly one content entity); add to a collection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="63"/>
        <source>Virtual systems and collections can only be added to a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="72"/>
        <source>Add collection &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="73"/>
        <source>Add virtual system &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSectionCommand</name>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="22"/>
        <source>the Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="28"/>
        <source>Virtual disk information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="29"/>
        <source>The list of logical networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="30"/>
        <source>The list of deployment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="31"/>
        <source>Virtual disks shared by virtual systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="32"/>
        <source>A human-readable annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="33"/>
        <source>Information about the installed software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="34"/>
        <source>The kind of installed guest operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="35"/>
        <source>License agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="36"/>
        <source>Virtual hardware requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="37"/>
        <source>Resource constraints of the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="38"/>
        <source>The virtual system needs to be powered on once after deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="39"/>
        <source>Power-on order of the virtual systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="40"/>
        <source>Files passed to the guest with the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="41"/>
        <source>Boot device order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="42"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="69"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="75"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="76"/>
        <source>The default configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="87"/>
        <source>Add %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../views/annotationeditor.cpp" line="21"/>
        <source>Edit the annotation&apos;s Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="44"/>
        <source>Edit the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="72"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="75"/>
        <source>Info:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="77"/>
        <source>A note for the operator who deploys the appliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerFile</name>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="36"/>
        <source>%1: unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="47"/>
        <source>%1: not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="58"/>
        <location filename="../model/deploy/answerfile.cpp" line="150"/>
        <source>%1: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="62"/>
        <source>%1.%2: not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="79"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="81"/>
        <source>the answer file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="84"/>
        <source>format: expected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="87"/>
        <source>version: expected a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="89"/>
        <source>version: %1 is newer than the version this program reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="112"/>
        <source>diskFormat: &apos;%1&apos; is not &quot;qcow2&quot; or &quot;raw&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="116"/>
        <source>powerOn: not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="128"/>
        <source>target: not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="134"/>
        <source>target.backend: &apos;%1&apos; is not &quot;libvirt&quot; or &quot;folder&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="145"/>
        <source>eulas: not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="158"/>
        <source>%1.index: expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="163"/>
        <source>%1.sha256: expected 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="170"/>
        <source>%1.acceptedAt: expected an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="183"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="185"/>
        <source>%1: larger than 16 MiB, not an answer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="249"/>
        <location filename="../model/deploy/answerfile.cpp" line="252"/>
        <location filename="../model/deploy/answerfile.cpp" line="255"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveOrder</name>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="25"/>
        <source>the descriptor &apos;%1&apos; is member %2 of the archive; DSP0243 §5.3 requires it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="41"/>
        <source>&apos;%1&apos; must directly follow the descriptor or end the archive (DSP0243 §5.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="61"/>
        <source>&apos;%1&apos; comes before &apos;%2&apos; in the archive, but the References section lists it later (DSP0243 §5.3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../model/package/archivereader.cpp" line="79"/>
        <source>OVA (tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="80"/>
        <source>gzip-compressed OVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="81"/>
        <source>ZIP</source>
        <translation type="unfinished">ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="82"/>
        <source>OVF folder</source>
        <translation type="unfinished">OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="99"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="131"/>
        <source>&apos;%1&apos;: directory entry ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="159"/>
        <source>holds %1 bytes, its header declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="167"/>
        <source>holds more data than the %1 bytes its header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="197"/>
        <source>is %1 bytes; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="221"/>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="225"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="229"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="232"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="249"/>
        <source>a gzip-compressed file that does not hold a tar archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="260"/>
        <source>not an OVA (tar), a gzip-compressed OVA, a ZIP or an OVF descriptor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutosaveRestoreDialog</name>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="17"/>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="19"/>
        <source>OVF Workbench did not close cleanly last time. These documents had unsaved changes that were autosaved:</source>
        <translation>OVF Workbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Dokumente hatten ungespeicherte Änderungen, die automatisch gesichert wurden:</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>Autosaved</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="26"/>
        <source>(not saved yet)</source>
        <translation>(noch nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="36"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="37"/>
        <source>&amp;Discard All</source>
        <translation>Alle &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="38"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../model/deploy/backend.cpp" line="24"/>
        <source>the domain type must be &apos;qemu&apos; or &apos;kvm&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChunkReassembler</name>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="48"/>
        <source>ovf:chunkSize must be a positive number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="50"/>
        <source>ovf:size must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="53"/>
        <source>%1 bytes in chunks of %2 need more chunks than nine digits can number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="86"/>
        <source>is not a chunk of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/package/chunkreassembler.cpp" line="90"/>
        <source>is one chunk too many: %1 bytes in chunks of %2 make %n chunk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="96"/>
        <location filename="../model/package/chunkreassembler.cpp" line="166"/>
        <source>comes after &apos;%1&apos; (chunks must be in order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="100"/>
        <source>follows &apos;%1&apos;, whose size made it the last chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="104"/>
        <source>is missing (&apos;%1&apos; comes in its place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="111"/>
        <source>holds %1 bytes; as the last chunk it must hold %2 so that the chunks add up to ovf:size %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="115"/>
        <source>holds %1 bytes; every chunk but the last must hold ovf:chunkSize %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="121"/>
        <source>holds %1 bytes, more than ovf:chunkSize %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="137"/>
        <source>is missing: %1 of %2 chunks found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="140"/>
        <source>is missing: no chunk found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="150"/>
        <source>is present whole although the descriptor declares it chunked (ovf:chunkSize)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="16"/>
        <source>Deployment option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="17"/>
        <source>Choose the configuration to deploy. It decides the virtual hardware and the default values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="75"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurationValuesDialog</name>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="108"/>
        <source>Set per-configuration values of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="154"/>
        <source>Values per deployment option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="155"/>
        <source>A value here replaces the default value (%1) when that deployment option is chosen. Leave it empty to use the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="157"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Deployment option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Value</source>
        <translation type="unfinished">Wert</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="158"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployWizard</name>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="24"/>
        <source>Deploy Appliance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="28"/>
        <source>not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="35"/>
        <source>Verifying the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="36"/>
        <source>Checking the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="37"/>
        <source>Converting disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="38"/>
        <source>Writing the OVF environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="39"/>
        <source>Defining virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="40"/>
        <source>Starting virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="41"/>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="69"/>
        <location filename="../model/deploy/deployer.cpp" line="201"/>
        <location filename="../model/deploy/deployer.cpp" line="271"/>
        <location filename="../model/deploy/deployer.cpp" line="275"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="74"/>
        <source>%1: the package is invalid and is not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="83"/>
        <source>%1: the package has no manifest, so its disks cannot be checked; it is not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="92"/>
        <source>the deployment plan has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="100"/>
        <source>%1: disk %2 has no file (a blank disk); creating blank disks is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="103"/>
        <source>%1: disk %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="188"/>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished">kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="245"/>
        <source>%1: environment transport &apos;%2&apos; is not offered by this target; the guest gets no OVF environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeployerDomain</name>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="65"/>
        <source>no free drive slot for the OVF environment CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentOptionsEditor</name>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="108"/>
        <source>Edit the label of deployment option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="113"/>
        <source>Edit the description of deployment option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="183"/>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="195"/>
        <source>No deployment options: the appliance deploys in one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="196"/>
        <source>Deployment options: %n. The default one is used when the operator does not choose.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="225"/>
        <source>ovf:configuration attributes naming it: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="228"/>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="230"/>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="244"/>
        <source>An id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="246"/>
        <source>An id cannot contain spaces: ovf:configuration lists ids separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="249"/>
        <source>Another deployment option already has the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="281"/>
        <source>Add deployment option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="285"/>
        <source>Describe when to choose this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="299"/>
        <source>Remove deployment option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="310"/>
        <source>Make %1 the default deployment option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="311"/>
        <source>Make %1 no longer the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="322"/>
        <source>Deployment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="323"/>
        <source>Add Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="324"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="326"/>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="326"/>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="326"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="334"/>
        <source>Default option (ovf:default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="335"/>
        <source>Renaming updates every ovf:configuration reference; it is applied when you leave the field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../wizards/detailspage.cpp" line="22"/>
        <source>Appliance details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="23"/>
        <source>What the package contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="46"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="47"/>
        <source>Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="48"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="49"/>
        <source>Virtual machines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="50"/>
        <source>Download size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="51"/>
        <source>Size on disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="57"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="88"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="112"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="132"/>
        <source>up to %1 (one disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="133"/>
        <source>up to %1 (%2 disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="135"/>
        <source>(disks of unknown capacity: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="150"/>
        <source>The package has no description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../views/detailsview.cpp" line="68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="68"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="84"/>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="85"/>
        <source>Select a node in the tree to see its attributes.</source>
        <translation>Wählen Sie einen Knoten im Baum, um seine Attribute zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="91"/>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="102"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="107"/>
        <source>Namespace declarations</source>
        <translation>Namensraum-Deklarationen</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="116"/>
        <source>Child elements</source>
        <translation>Kindelemente</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="125"/>
        <source>No attributes</source>
        <translation>Keine Attribute</translation>
    </message>
</context>
<context>
    <name>DiskConverter</name>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="52"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="69"/>
        <source>not a readable regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="72"/>
        <source>the byte range lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="138"/>
        <source>read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="149"/>
        <source>the bytes read do not match the verified %1 digest (expected %2, read %3); nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="166"/>
        <source>qemu-img convert failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="172"/>
        <source>the file changed while it was read; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="175"/>
        <source>cannot rename the converted disk into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="187"/>
        <source>no verified package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="189"/>
        <source>the package failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="196"/>
        <source>no such File in References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="199"/>
        <source>the file did not pass verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="209"/>
        <source>no Disk with a known ovf:format references this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="221"/>
        <source>the member has no verified digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="231"/>
        <source>its size changed since verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskImage</name>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="71"/>
        <source>disk format &apos;%1&apos; is not supported (vmdk, qcow2 or raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="80"/>
        <source>qemu-img info did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="84"/>
        <source>qemu-img cannot read it as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="89"/>
        <source>qemu-img info gave no JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="91"/>
        <source>the image has a backing file (&apos;%1&apos;); only self-contained disks are deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="95"/>
        <source>the image keeps its data in an external file (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="99"/>
        <source>qemu-img read it as &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="103"/>
        <source>VMDK create type &apos;%1&apos; is not allowed (streamOptimized or monolithicSparse only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="107"/>
        <source>the VMDK has %1 extents; one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="110"/>
        <source>the VMDK&apos;s extent points outside the image (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="114"/>
        <source>qemu-img reports no virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/diskimage.cpp" line="117"/>
        <source>its virtual size %1 bytes exceeds the disk&apos;s declared capacity of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="132"/>
        <source>not a package</source>
        <translation>kein Paket</translation>
    </message>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="138"/>
        <source>the package is invalid and was not opened:
%1</source>
        <translation>das Paket ist ungültig und wurde nicht geöffnet:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentloader.cpp" line="172"/>
        <source>%n member(s) no File references will not be saved with the package</source>
        <translation>
            <numerusform>%n Element, auf das keine File-Referenz verweist, wird nicht mit dem Paket gespeichert</numerusform>
            <numerusform>%n Elemente, auf die keine File-Referenz verweist, werden nicht mit dem Paket gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentOrigin</name>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="45"/>
        <source>OVA</source>
        <translation>OVA</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="46"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="47"/>
        <source>OVF folder</source>
        <translation>OVF-Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="54"/>
        <source>OVF descriptor</source>
        <translation>OVF-Deskriptor</translation>
    </message>
</context>
<context>
    <name>DocumentSaver</name>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="90"/>
        <location filename="../app/gui/documentsaver.cpp" line="92"/>
        <location filename="../app/gui/documentsaver.cpp" line="118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="111"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>kann keinen temporären Ordner anlegen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="164"/>
        <source>the files carried over were not compared with the digests checked when the package was opened (they were checked in another algorithm)</source>
        <translation>die übernommenen Dateien wurden nicht mit den beim Öffnen geprüften Prüfsummen verglichen (diese wurden mit einem anderen Algorithmus geprüft)</translation>
    </message>
</context>
<context>
    <name>DocumentSummary</name>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="22"/>
        <source>1 virtual system</source>
        <translation>1 virtuelles System</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentsummary.cpp" line="23"/>
        <source>%n virtual systems</source>
        <translation>
            <numerusform>%n virtuelles System</numerusform>
            <numerusform>%n virtuelle Systeme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="24"/>
        <source>1 property</source>
        <translation>1 Eigenschaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentsummary.cpp" line="24"/>
        <source>%n properties</source>
        <translation>
            <numerusform>%n Eigenschaft</numerusform>
            <numerusform>%n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="25"/>
        <source>Opened %1: %2, %3</source>
        <translation>%1 geöffnet: %2, %3</translation>
    </message>
</context>
<context>
    <name>DocumentWorkspace</name>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="185"/>
        <source>Open an OVF descriptor (File &gt; Open) or drop one here</source>
        <translation>Öffnen Sie einen OVF-Deskriptor (Datei &gt; Öffnen) oder ziehen Sie ihn hierher</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="186"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="187"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="188"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>DomainXmlBuilder</name>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="42"/>
        <source>memory item %1: %2; using 512 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="43"/>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="121"/>
        <source>processor item %1: &apos;%2&apos; is not a usable CPU count; using 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="129"/>
        <source>IDE controller %1: QEMU&apos;s PIIX has two IDE channels; its devices go to the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="139"/>
        <source>SCSI controller %1: QEMU has no &apos;%2&apos; controller; using virtio-scsi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="150"/>
        <source>storage controller %1 (&apos;%2&apos;): attached as a SATA (AHCI) controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="179"/>
        <source>%1: parent controller %2 not found; attached to IDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="229"/>
        <source>%1: no free unit on its controller; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="244"/>
        <source>disk drive %1 names no disk; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="259"/>
        <source>network adapter %1: QEMU has no &apos;%2&apos;; using e1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="274"/>
        <source>floppy drive %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="277"/>
        <source>sound card %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="280"/>
        <source>parallel port %1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="286"/>
        <source>%1 (resource type %2) ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizards/donepage.cpp" line="14"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="42"/>
        <source>The appliance was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="43"/>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="43"/>
        <source>Defined at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="44"/>
        <source>Virtual machines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="47"/>
        <source>To define them in libvirt, run the script in the folder (it takes a connection URI, qemu:///system by default):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="53"/>
        <source>The deployment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="54"/>
        <source>Cancelled: everything created so far was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="56"/>
        <source>The deployment failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="57"/>
        <source>The deployment failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="60"/>
        <source>These could not be removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="66"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateEntityCommand</name>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="59"/>
        <source>Only virtual systems and collections are duplicated here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="61"/>
        <source>The Envelope holds exactly one virtual system or collection; duplicate the entities inside a collection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="73"/>
        <source>Duplicate collection &apos;%1&apos; as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="74"/>
        <source>Duplicate virtual system &apos;%1&apos; as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectiveConfiguration</name>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="207"/>
        <source>the virtual system has no VirtualHardwareSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="216"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="225"/>
        <source>no VirtualHardwareSection has a virtual system type that QEMU/KVM can run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="228"/>
        <source>showing the hardware of the first VirtualHardwareSection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="233"/>
        <source>VirtualHardwareSection %1 of %2 chosen (type %3; types offered: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="260"/>
        <source>the package has no deployment options (no DeploymentOptionSection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="263"/>
        <source>the package has no deployment option with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="267"/>
        <source>the Envelope has no VirtualSystem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectiveItem</name>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="130"/>
        <source>memory quantity %1 has no AllocationUnits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="135"/>
        <source>memory AllocationUnits &apos;%1&apos; is not a byte unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="159"/>
        <source>memory size overflows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeBuilder</name>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="93"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="94"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="94"/>
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="103"/>
        <source>compressed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="105"/>
        <source>chunked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="139"/>
        <source>Shared disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="139"/>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="145"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="145"/>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="147"/>
        <source>delta of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="154"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="163"/>
        <source>Deployment options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="168"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="168"/>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="183"/>
        <source>Virtual hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="183"/>
        <source>Virtual hardware (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="188"/>
        <source>Resource allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="193"/>
        <source>License agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="196"/>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="204"/>
        <source>Operating system %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="209"/>
        <source>Startup order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="211"/>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="213"/>
        <source>start delay %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="215"/>
        <source>stop delay %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="221"/>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="224"/>
        <source>Environment files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="227"/>
        <source>Boot devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="230"/>
        <source>Scale-out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="235"/>
        <source>Placement group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="238"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="241"/>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="251"/>
        <source>Extension section (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="251"/>
        <source>Extension section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="261"/>
        <source>%1 %2</source>
        <comment>product name and version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="265"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="274"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="283"/>
        <source>Property (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="291"/>
        <source>1 property</source>
        <translation type="unfinished">1 Eigenschaft</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="291"/>
        <source>%n properties</source>
        <translation type="unfinished">
            <numerusform>%n Eigenschaft</numerusform>
            <numerusform>%n Eigenschaften</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="301"/>
        <source>Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="316"/>
        <source>1 CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="316"/>
        <source>%1 CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="320"/>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="326"/>
        <source>network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="331"/>
        <source>%1 bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="334"/>
        <source>only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="342"/>
        <source>external bundle, file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="343"/>
        <source>1 message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="343"/>
        <source>%n messages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="345"/>
        <source>(no language)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeView</name>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="181"/>
        <source>Add &amp;Virtual System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="182"/>
        <source>Add &amp;Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="183"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="184"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="185"/>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="186"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="187"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="188"/>
        <source>Remove &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="189"/>
        <source>Add &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="353"/>
        <source>Select a collection (or a virtual system in one) to add to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="400"/>
        <source>Cut a virtual system or collection first, then select the collection to move it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="404"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EulaEditor</name>
    <message>
        <location filename="../views/eulaeditor.cpp" line="47"/>
        <source>Edit the license section&apos;s Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="80"/>
        <source>Import License Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="81"/>
        <source>Text files (*.txt *.text *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="94"/>
        <source>Edit the license text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="100"/>
        <source>The file is larger than %1 MiB: not a license text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="107"/>
        <source>The file starts with a %1 byte order mark but is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="115"/>
        <source>The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1). Check accented characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="123"/>
        <source>The file holds the control character U+%1 at character %2, which an OVF descriptor cannot contain (is it a binary file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="141"/>
        <source>%1: larger than %2 MiB, not a license text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="143"/>
        <location filename="../views/eulaeditor.cpp" line="146"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="148"/>
        <source>Import the license text from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="151"/>
        <source>Imported %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="179"/>
        <source>the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="180"/>
        <source>License agreement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="188"/>
        <source>Info:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="190"/>
        <source>The license text the operator must accept before deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="191"/>
        <source>Import from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="192"/>
        <source>Replace the license text by the contents of a text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="43"/>
        <source>no output folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="46"/>
        <source>already exists; choose a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="49"/>
        <source>not a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="55"/>
        <source>cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="59"/>
        <source>cannot create the disks folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="79"/>
        <source>libvirt&apos;s default NAT network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="99"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="108"/>
        <source>the deployment is already committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="110"/>
        <location filename="../model/deploy/folderbackend.cpp" line="129"/>
        <source>not a usable file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="114"/>
        <source>a disk of that name was already written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="134"/>
        <source>cannot copy the ISO into the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="141"/>
        <source>not a usable domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="143"/>
        <source>defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="155"/>
        <source>not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="198"/>
        <source>cannot move the result into place (does it exist now?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="210"/>
        <source>%1: could not be removed completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <location filename="../model/package/folderreader.cpp" line="105"/>
        <source>the folder holds more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="125"/>
        <source>the folder holds no OVF descriptor (*.ovf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="126"/>
        <source>the descriptor &apos;%1&apos; is not a file in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="130"/>
        <source>the folder holds several descriptors (*.ovf); &apos;%1&apos; is read first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="165"/>
        <source>became a symbolic link while the package was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="167"/>
        <location filename="../model/package/folderreader.cpp" line="176"/>
        <location filename="../model/package/folderreader.cpp" line="181"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="172"/>
        <source>is no longer a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="186"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../views/formeditor.cpp" line="29"/>
        <source>This element was removed from the document (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="62"/>
        <source>Not translatable: no ovf:msgid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="66"/>
        <source>(no language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="78"/>
        <source>Message id %1: no embedded Strings bundle translates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="79"/>
        <source>Message id %1: translated in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="81"/>
        <source>(external bundles, not read here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="73"/>
        <source>zlib could not be initialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="81"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="102"/>
        <source>data follows the end of the gzip stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="107"/>
        <source>the file holds no gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="108"/>
        <source>the gzip stream ends early (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="123"/>
        <source>inflates past its declared size of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="133"/>
        <source>the gzip stream is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="136"/>
        <source>out of memory while inflating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="138"/>
        <source>the gzip stream is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HrefPolicy</name>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="39"/>
        <source>the href is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="42"/>
        <source>the href contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="44"/>
        <source>the href contains a backslash; paths use &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="46"/>
        <source>the href has a query or fragment (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="49"/>
        <source>the href is an absolute path; only paths relative to the descriptor are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="53"/>
        <source>the href has a URI scheme or drive (&apos;%1&apos;); only relative paths are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="72"/>
        <source>the href has a malformed percent-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="75"/>
        <source>the href encodes a &apos;/&apos; inside a path segment (&apos;%2F&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="82"/>
        <source>the href does not decode to UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="84"/>
        <source>the href has a &apos;..&apos; segment; files must lie inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="88"/>
        <source>the href has an empty path segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="91"/>
        <source>the href encodes a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="93"/>
        <source>the href encodes a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="96"/>
        <source>the href encodes a URI scheme or drive (&apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="100"/>
        <source>the href names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="105"/>
        <source>the href is %1 bytes long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsertElementCommand</name>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="49"/>
        <source>Nothing to insert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="51"/>
        <source>%1 is not part of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="54"/>
        <source>%1 uses a namespace prefix that is not declared at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="57"/>
        <source>Insert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsoTransport</name>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="62"/>
        <source>%1: &apos;%2&apos; is not a valid file name in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="64"/>
        <source>%1: &apos;%2&apos; is in the image twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="70"/>
        <source>%1: cannot create a temporary file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="79"/>
        <source>%1: cannot start the ISO 9660 image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="85"/>
        <location filename="../model/deploy/isotransport.cpp" line="110"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="90"/>
        <location filename="../model/deploy/isotransport.cpp" line="113"/>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="100"/>
        <location filename="../model/deploy/isotransport.cpp" line="103"/>
        <location filename="../model/deploy/isotransport.cpp" line="116"/>
        <source>%1: cannot add %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="114"/>
        <source>file shrank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="121"/>
        <source>%1: cannot finish the ISO 9660 image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="123"/>
        <location filename="../model/deploy/isotransport.cpp" line="127"/>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="139"/>
        <source>EnvironmentFilesSection: ovf:path &apos;%1&apos; is not a relative path inside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="142"/>
        <source>EnvironmentFilesSection: no staged copy of file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../app/gui/languagesettings.cpp" line="54"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>LibvirtBackend</name>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="35"/>
        <source>the storage pool is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="42"/>
        <source>choose a storage pool or an existing writable folder for the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="63"/>
        <source>no such storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="113"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="121"/>
        <source>not a usable volume name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="129"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="149"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="185"/>
        <source>already exists; it is not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="153"/>
        <source>cannot create scratch space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="176"/>
        <source>not a usable file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="182"/>
        <source>the pool is not a folder: give a folder for the environment ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="187"/>
        <source>cannot copy the ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="195"/>
        <source>not a usable domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="197"/>
        <source>a domain of that name exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="256"/>
        <source>%1: could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="74"/>
        <source>unknown libvirt error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="177"/>
        <source>domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="293"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../wizards/licensespage.cpp" line="25"/>
        <source>License agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="26"/>
        <source>Read each license agreement and accept it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="32"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="34"/>
        <source>&amp;Save as Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="75"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="80"/>
        <source>%1: License %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="87"/>
        <source>I &amp;accept the terms of this license agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="108"/>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="110"/>
        <source>Accepted: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="145"/>
        <source>Print License Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="155"/>
        <location filename="../wizards/licensespage.cpp" line="162"/>
        <source>Save License Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="156"/>
        <source>license-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="156"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="163"/>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="95"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="96"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="98"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="99"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="100"/>
        <source>Open an OVF descriptor or package (OVA, ZIP, OVF folder)</source>
        <translation>Einen OVF-Deskriptor oder ein Paket öffnen (OVA, ZIP, OVF-Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="101"/>
        <source>Open &amp;Sample Appliance</source>
        <translation>&amp;Beispiel-Appliance öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="102"/>
        <source>Open the sample appliance that comes with OVF Workbench</source>
        <translation>Die mitgelieferte Beispiel-Appliance von OVF Workbench öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="103"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="104"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="105"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="107"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="108"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="109"/>
        <source>&amp;XML Source</source>
        <translation>&amp;XML-Quelltext</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="110"/>
        <source>&amp;About OVF Workbench</source>
        <translation>Ü&amp;ber OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="111"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="116"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="154"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="260"/>
        <location filename="../app/gui/mainwindow.cpp" line="261"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="272"/>
        <source>Opening the sample appliance…</source>
        <translation>Die Beispiel-Appliance wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="447"/>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="480"/>
        <source>OVF Workbench</source>
        <translation>OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="61"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="62"/>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="72"/>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="83"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="155"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="156"/>
        <source>&amp;Undo History</source>
        <translation>&amp;Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="157"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Open OVF Descriptor or Package</source>
        <translation>OVF-Deskriptor oder Paket öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="250"/>
        <source>OVF descriptors and packages (*.ovf *.ova *.zip *.xml);;All files (*)</source>
        <translation>OVF-Deskriptoren und Pakete (*.ovf *.ova *.zip *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="336"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="340"/>
        <source>Restored the autosaved changes of %1</source>
        <translation>Die automatisch gesicherten Änderungen von %1 wurden wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="342"/>
        <source>%n warning(s): %1</source>
        <translation>
            <numerusform>%n Warnung: %1</numerusform>
            <numerusform>%n Warnungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="411"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 gespeichert (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="415"/>
        <source>the package writer corrected file sizes in the References; reopen to see them</source>
        <translation>beim Schreiben des Pakets wurden Dateigrößen in den References korrigiert; zum Anzeigen erneut öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>“%1” was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="446"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="480"/>
        <source>%1[*] — OVF Workbench</source>
        <translation>%1[*] — OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="486"/>
        <source>Problems found in the open descriptor are listed here.</source>
        <translation>Hier stehen die Probleme, die im geöffneten Deskriptor gefunden wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="488"/>
        <source>Checking the descriptor…</source>
        <translation>Der Deskriptor wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="490"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="496"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="496"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="503"/>
        <source>About OVF Workbench</source>
        <translation>Über OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="504"/>
        <source>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Author, localize, verify and deploy DMTF OVF virtual appliances.&lt;/p&gt;&lt;p&gt;Opens OVF 0.9, 1.x and 2.x descriptors and packages (OVA, ZIP, OVF folders), edits them with undo, checks them against the OVF rules as you type, and saves them back as a descriptor or a package with a fresh manifest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Virtuelle DMTF-OVF-Appliances erstellen, lokalisieren, prüfen und bereitstellen.&lt;/p&gt;&lt;p&gt;Öffnet OVF-0.9-, 1.x- und 2.x-Deskriptoren und Pakete (OVA, ZIP, OVF-Ordner), bearbeitet sie mit Rückgängig, prüft sie während der Eingabe gegen die OVF-Regeln und speichert sie als Deskriptor oder als Paket mit neuem Manifest.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberPolicy</name>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="42"/>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="51"/>
        <source>the name is %1 bytes long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="56"/>
        <source>the name contains the control character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="61"/>
        <source>the name contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="63"/>
        <source>the name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="65"/>
        <source>the name starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="74"/>
        <source>the name has a &apos;..&apos; component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="79"/>
        <location filename="../model/package/memberpolicy.cpp" line="84"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="79"/>
        <source>the name has an empty path component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="93"/>
        <source>the package has more than %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="97"/>
        <source>the member&apos;s headers take %1 bytes; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="110"/>
        <source>the descriptor is %1 bytes; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="124"/>
        <source>the directory entry carries %1 bytes of data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="129"/>
        <source>symbolic links are not allowed in a package (it points to &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="133"/>
        <source>hard links are not allowed in a package (it links to &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="136"/>
        <source>character devices are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="138"/>
        <source>block devices are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="140"/>
        <source>FIFOs (named pipes) are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="144"/>
        <source>only regular files are allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="157"/>
        <source>the name appears twice in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="161"/>
        <source>the name differs from &apos;%1&apos; only by case or Unicode normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="167"/>
        <source>the name is also used as a folder (&apos;%1/...&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="171"/>
        <source>the folder has the name of the file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="180"/>
        <source>its folder &apos;%1&apos; is also a file in the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveElementCommand</name>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="13"/>
        <source>Nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="15"/>
        <source>%1 is the document&apos;s root and cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="18"/>
        <source>%1 cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="23"/>
        <source>%1 is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="25"/>
        <source>%1 uses namespace prefixes that mean something else at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="32"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <location filename="../wizards/networkspage.cpp" line="18"/>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="19"/>
        <source>Connect each network of the appliance to a network of the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Network in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="41"/>
        <location filename="../wizards/networkspage.cpp" line="78"/>
        <source>Asking the target for its networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="80"/>
        <source>The target&apos;s networks could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="82"/>
        <source>The script will attach the machines to these libvirt networks; type any name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="83"/>
        <source>Networks available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="108"/>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatingSystemEditor</name>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="25"/>
        <source>Edit the operating system&apos;s Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="27"/>
        <source>Edit the operating system version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="29"/>
        <source>Edit the operating system description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="87"/>
        <source>“%1” is not a CIM operating system type: type a number or part of a name and pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="98"/>
        <source>Set the operating system to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="125"/>
        <source>ovf:id %1 (CIM_OperatingSystem OSType)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="128"/>
        <source>VMware guest type (vmw:osType): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="134"/>
        <source>Guest operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="135"/>
        <source>Info:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="136"/>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="137"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="138"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="146"/>
        <source>Type part of a name (e.g. “debian”) or a number to search the CIM operating system list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="147"/>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="148"/>
        <source>e.g. Debian GNU/Linux 12 (64-bit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageOpener</name>
    <message>
        <location filename="../model/package/packageopener.cpp" line="40"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packageopener.cpp" line="60"/>
        <source>the package has no such member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <location filename="../model/package/packagescan.cpp" line="165"/>
        <source>referenced by File &apos;%1&apos;, but the package has no such member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="174"/>
        <source>holds %1 bytes, its File declares ovf:size=&quot;%2&quot; (DSP0243 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="185"/>
        <source>&apos;%1&apos; does not match its manifest digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="190"/>
        <source>&apos;%1&apos; is not listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="227"/>
        <source>&apos;%1&apos;: not referenced by the descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="264"/>
        <source>the manifest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="115"/>
        <source>the descriptor cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="311"/>
        <source>the package changed while it was being verified (read twice: its manifest uses another algorithm than SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="402"/>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="408"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="93"/>
        <source>the license text differs from the one accepted (digest mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="94"/>
        <source>the license agreement has not been accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="114"/>
        <source>no target network is chosen for this OVF network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="120"/>
        <source>the package has no network with this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="132"/>
        <source>&apos;%1&apos; is not a valid VM name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 63; suggestion: &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="136"/>
        <source>the VM name &apos;%1&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="151"/>
        <source>the package has no virtual system with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="157"/>
        <source>the folder backend needs an output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="160"/>
        <source>the folder backend writes the disks into the output folder; storage is chosen for libvirt only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="165"/>
        <source>the libvirt connection URI is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="170"/>
        <source>the folder for the disk files does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="173"/>
        <source>not a valid libvirt storage pool name (or an absolute folder path)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="82"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="83"/>
        <source>&amp;Manifest digest:</source>
        <translation>&amp;Manifest-Prüfsumme:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="84"/>
        <source>The algorithm of the manifest written when a package is saved (DSP0243 §5.1; SHA-256 or better makes a package eligible for Verified)</source>
        <translation>Der Algorithmus des Manifests, das beim Speichern eines Pakets geschrieben wird (DSP0243 §5.1; ab SHA-256 kann ein Paket als „Verifiziert“ gelten)</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="88"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="89"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ProblemsSummaryLabel</name>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="28"/>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="34"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="43"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="43"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="46"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="46"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="49"/>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="49"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../views/problemsview.cpp" line="56"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="57"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="58"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>ProductEditorTabs</name>
    <message>
        <location filename="../views/producteditortabs.cpp" line="31"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/producteditortabs.cpp" line="32"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductSectionEditor</name>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="47"/>
        <source>Edit ovf:%1 of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="53"/>
        <source>Edit %1 of the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="99"/>
        <source>Edit the icon&apos;s mime type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Info:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="135"/>
        <source>Full version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="135"/>
        <source>Product URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="136"/>
        <source>Vendor URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="136"/>
        <source>Application URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="142"/>
        <source>e.g. com.example.product (prefixes the property keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="143"/>
        <source>e.g. 1 (suffixes the property keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="146"/>
        <source>https://… (the application once deployed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="147"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="149"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="151"/>
        <source>Mime type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="152"/>
        <source>The ovf:id of the File in References that holds the icon; empty removes the icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="161"/>
        <source>Product section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="161"/>
        <source>Product section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="164"/>
        <source>Property keys in the OVF environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="194"/>
        <source>No icon. Choose the File that holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="195"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="201"/>
        <source>No File with ovf:id %1 in References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="202"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="207"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="209"/>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="220"/>
        <source>The file is next to the descriptor but is not an image this program reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="223"/>
        <source>No preview: the file is not next to the descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="226"/>
        <source>no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="244"/>
        <source>Add an icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="250"/>
        <source>Remove the icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="252"/>
        <source>Change the icon file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../wizards/progresspage.cpp" line="19"/>
        <source>Deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="20"/>
        <source>The package is verified again while its disks are converted. Cancel removes everything created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="27"/>
        <source>&amp;Cancel Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="72"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="88"/>
        <source>Cancelling and removing what was created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="96"/>
        <source>Cancel Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="97"/>
        <source>Cancel the deployment and remove everything created so far?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="132"/>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="133"/>
        <source>Cancelled; everything created was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="134"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <location filename="../views/propertieseditor.cpp" line="216"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/propertieseditor.cpp" line="223"/>
        <source>Properties with invalid values (shown in red): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="259"/>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="259"/>
        <source>Properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="268"/>
        <source>Keys in the OVF environment: %1. Categories group the properties below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="276"/>
        <source>Add Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="277"/>
        <source>Add Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="278"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="279"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="280"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="281"/>
        <source>Qualifiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="282"/>
        <source>Per Configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="283"/>
        <source>Add a property after the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="284"/>
        <source>Add a category heading after the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="285"/>
        <source>Edit MinLen, MaxLen, MinValue, MaxValue and ValueMap of the current property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="286"/>
        <source>Edit the values the current property takes per deployment option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPage</name>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="19"/>
        <source>Appliance properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="20"/>
        <source>The values the appliance reads when it starts for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="22"/>
        <source>Show &amp;all properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="24"/>
        <source>Also show the properties the package does not let you change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="100"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="102"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="166"/>
        <source>All values are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="166"/>
        <source>1 field still invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="166"/>
        <source>%1 fields still invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyField</name>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="79"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="106"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="110"/>
        <source>Confirm the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="196"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyResolver</name>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="64"/>
        <location filename="../model/deploy/propertyresolver.cpp" line="83"/>
        <source>its value refers to itself through ${...} references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="78"/>
        <source>&apos;%1&apos; refers to ${%2}, which is not a property of this entity or its collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="88"/>
        <source>${%1} cannot be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="161"/>
        <source>the package has no entity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="163"/>
        <source>the package has no property with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="200"/>
        <source>the property is not user-configurable; its value is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualifiersDialog</name>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="114"/>
        <source>ovf:qualifiers = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="114"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="123"/>
        <source>Kept as written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="130"/>
        <source>Qualifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="131"/>
        <source>Limits on the values of this %1 property. Leave a field empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Minimum length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Maximum length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Minimum value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="135"/>
        <source>Maximum value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="135"/>
        <source>Allowed values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="141"/>
        <location filename="../views/qualifiersdialog.cpp" line="142"/>
        <source>characters (string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="143"/>
        <location filename="../views/qualifiersdialog.cpp" line="144"/>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="145"/>
        <source>comma-separated, e.g. small, medium, large or 1..10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeHasher</name>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="48"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="66"/>
        <location filename="../model/package/rangehasher.cpp" line="73"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="78"/>
        <source>the archive ends inside this member (truncated, or cut while it was read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="117"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../app/gui/recentfilesmenu.cpp" line="55"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/gui/recentfilesmenu.cpp" line="67"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RemoveElementCommand</name>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="13"/>
        <source>Nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="15"/>
        <source>%1 is the document&apos;s root (or not in the document) and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="20"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveEntityCommand</name>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="15"/>
        <source>Only virtual systems and collections are removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="18"/>
        <source>The Envelope needs its virtual system or collection (DSP0243: exactly one content entity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="21"/>
        <source>&apos;%1&apos; is the only entity of collection &apos;%2&apos;, which needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="26"/>
        <source>Remove collection &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="27"/>
        <source>Remove virtual system &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveSectionCommand</name>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="18"/>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="19"/>
        <source>the Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="20"/>
        <source>Remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDeploymentOptionCommand</name>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="49"/>
        <source>Only a DeploymentOptionSection Configuration is renamed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="54"/>
        <source>The deployment option is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="57"/>
        <source>Another deployment option is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="61"/>
        <source>Rename deployment option &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameEntityIdCommand</name>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="15"/>
        <source>Only virtual systems and collections are renamed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="21"/>
        <source>%1 is already called &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="24"/>
        <source>Another virtual system or collection is already called &quot;%1&quot;; ids must be unique in the descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="28"/>
        <source>Rename collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="29"/>
        <source>Rename virtual system &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="71"/>
        <source>Save Signed Package</source>
        <translation>Signiertes Paket speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="72"/>
        <source>“%1” is signed. Saving writes a new manifest without a signature: the package will no longer be signed. OVF Workbench does not re-sign packages; sign the saved package with “ovfctl sign”.</source>
        <translation>„%1“ ist signiert. Beim Speichern wird ein neues Manifest ohne Signatur geschrieben: Das Paket ist danach nicht mehr signiert. OVF Workbench signiert Pakete nicht neu; signieren Sie das gespeicherte Paket mit „ovfctl sign“.</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="84"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="91"/>
        <source>OVF descriptor (*.ovf)</source>
        <translation>OVF-Deskriptor (*.ovf)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="92"/>
        <source>OVA package (*.ova)</source>
        <translation>OVA-Paket (*.ova)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="93"/>
        <source>ZIP package (*.zip)</source>
        <translation>ZIP-Paket (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="94"/>
        <source>OVF folder (a new folder)</source>
        <translation>OVF-Ordner (ein neuer Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="100"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
</context>
<context>
    <name>SectionRules</name>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="46"/>
        <source>the Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="47"/>
        <source>a VirtualSystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="48"/>
        <source>a VirtualSystemCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="118"/>
        <source>Sections can only be added to the Envelope, a VirtualSystem or a VirtualSystemCollection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="122"/>
        <source>%1 is not allowed in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="127"/>
        <source>%1 already has a %2; there may be only one (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="132"/>
        <source>A %1 needs content this editor cannot choose for you; add it in the XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="150"/>
        <source>Not a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="158"/>
        <source>%1 is the only VirtualHardwareSection of its virtual system, which needs one (DSP0243 VirtualSystem_Type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="184"/>
        <source>%1 cannot be removed: &quot;%2&quot; is still referenced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAttributeCommand</name>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="23"/>
        <location filename="../model/commands/setattributecommand.cpp" line="51"/>
        <source>No element to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="25"/>
        <source>%1: namespace declarations are not edited as attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="29"/>
        <source>%1: there is no attribute %2 to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="31"/>
        <source>%1: %2 is already &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="41"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="42"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetElementTextCommand</name>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="21"/>
        <source>No element to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="23"/>
        <source>%1 contains elements; only the text of a leaf element can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="26"/>
        <source>%1 already reads &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="28"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="20"/>
        <source>Choose the appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="21"/>
        <source>Deploy the document that is open, or choose an OVA, OVF or ZIP package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="23"/>
        <source>The open document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="26"/>
        <source>A package file or folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="30"/>
        <source>/path/to/appliance.ova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="32"/>
        <source>Choose &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="33"/>
        <source>Choose F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="74"/>
        <source>Choose an Appliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="75"/>
        <source>OVF packages (*.ova *.ovf *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="84"/>
        <source>Choose an OVF Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="95"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="99"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagingArea</name>
    <message>
        <location filename="../model/package/staging.cpp" line="59"/>
        <source>does not match the digest it had when the package was verified: the package changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="79"/>
        <source>is no longer in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="100"/>
        <source>the staging parent folder does not exist or is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="106"/>
        <source>cannot create a staging folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="114"/>
        <source>the staging folder is not a private (0700) folder of this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="128"/>
        <source>the package did not pass verification; nothing is staged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="137"/>
        <source>no verified File with this ovf:id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="142"/>
        <source>was not hashed when the package was verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="156"/>
        <source>cannot create the staged file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="177"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="185"/>
        <source>cannot write the staged file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="197"/>
        <source>cannot rename the staged file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="20"/>
        <location filename="../app/gui/statusprogress.cpp" line="50"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="38"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../wizards/storagepage.cpp" line="25"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="26"/>
        <source>Choose where the disks are written and in which format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="37"/>
        <source>qcow2 (grows as the guest writes, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="38"/>
        <source>raw (fully allocated, fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="44"/>
        <source>Storage pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="45"/>
        <source>Disk folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="46"/>
        <source>Disk format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="68"/>
        <source>The disks become volumes of a storage pool of %1, or files in an existing folder of that host when you name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="71"/>
        <source>The disks are written into the output folder %1, unless you name another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="73"/>
        <source>(optional) an existing folder instead of a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="89"/>
        <source>%1 (%2, %3 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="92"/>
        <source>%1, inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="151"/>
        <source>%1 is not an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="154"/>
        <source>Asking %1 for its storage pools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="157"/>
        <source>The storage pools could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="160"/>
        <source>The target has no storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="163"/>
        <source>The disks need up to %1; the free space there is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="165"/>
        <source>The disks need up to %1, but only %2 are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="170"/>
        <source>qcow2 images grow as the guest writes, so this may be enough for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="172"/>
        <source>The disks need up to %1; %2 are free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizards/summarypage.cpp" line="40"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="41"/>
        <source>Check the choices, then deploy. Nothing has been created yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="43"/>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="69"/>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="70"/>
        <source>OVF Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="71"/>
        <source>Command Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="72"/>
        <source>Save &amp;Answer File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="108"/>
        <source>The plan cannot be deployed as it stands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="114"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="122"/>
        <source>Deployment option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="124"/>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="125"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="126"/>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="127"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="127"/>
        <source>folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="128"/>
        <source>libvirt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="130"/>
        <source>Virtual machine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="132"/>
        <source>Network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="133"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="134"/>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="135"/>
        <source>Power on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="135"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="135"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="198"/>
        <location filename="../wizards/summarypage.cpp" line="205"/>
        <source>Save Answer File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="206"/>
        <source>Answer files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <location filename="../model/package/tarreader.cpp" line="89"/>
        <source>libarchive could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="95"/>
        <source>not a tar archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="98"/>
        <source>gzip-compressed OVA: DSP0243 requires a plain tar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="120"/>
        <source>the archive ends inside this member (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="122"/>
        <source>the archive ends inside the first member&apos;s header (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="123"/>
        <source>the archive ends inside the header after &apos;%1&apos; (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="127"/>
        <source>a header after &apos;%1&apos; is too large (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="130"/>
        <source>cannot read the member&apos;s data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="132"/>
        <source>damaged tar header (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="133"/>
        <source>damaged tar header after &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="168"/>
        <source>sparse files are not supported in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="210"/>
        <source>pre-POSIX (v7) tar format: DSP0243 §5.3 requires ustar (POSIX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="238"/>
        <source>the archive has no end-of-archive marker (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="239"/>
        <source>the archive ends after &apos;%1&apos; without the end-of-archive marker (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="244"/>
        <source>data after the end of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="251"/>
        <source>cannot check the end of the archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TarReaderInput</name>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="22"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="45"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="49"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../wizards/targetpage.cpp" line="28"/>
        <source>Deployment target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="29"/>
        <source>Write ready-to-define files into a folder, or define the virtual machines in libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="31"/>
        <source>&amp;Folder: disks, domain XML and a script that defines them with virsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="33"/>
        <source>&amp;libvirt: define the virtual machines through a libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="42"/>
        <source>A new folder, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="43"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="51"/>
        <source>Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="52"/>
        <source>Connection URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="54"/>
        <source>Virtual machine names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="57"/>
        <source>&amp;Power on the virtual machines after deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="121"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="131"/>
        <source>Choose Where to Create the Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="144"/>
        <source>Enter the output folder to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="147"/>
        <source>%1 exists already: the output folder must be new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="149"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="151"/>
        <source>Enter the libvirt connection URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="157"/>
        <source>&quot;%1&quot; is not a valid virtual machine name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="159"/>
        <source>The name &quot;%1&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationRunner</name>
    <message>
        <location filename="../app/gui/validationrunner.cpp" line="135"/>
        <source>refused to read %1: not a relative path inside the package</source>
        <translation>%1 wird nicht gelesen: kein relativer Pfad innerhalb des Pakets</translation>
    </message>
    <message>
        <location filename="../app/gui/validationrunner.cpp" line="140"/>
        <source>%1 is larger than 16 MiB</source>
        <translation>%1 ist größer als 16 MiB</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="24"/>
        <source>Verify the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="25"/>
        <source>The digests of the manifest and the signature are checked before anything is deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="31"/>
        <source>&amp;Cancel Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="33"/>
        <source>&amp;Verify Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="48"/>
        <source>Signer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="58"/>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="59"/>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="60"/>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="61"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="112"/>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="141"/>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="161"/>
        <source>%1 (%2) was read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="173"/>
        <source>Trust: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="184"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="190"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="197"/>
        <source>Deploy &amp;anyway, although the package has no manifest and nothing could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="199"/>
        <source>Deploy &amp;anyway, although the origin of the package is not proven</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlSourceView</name>
    <message>
        <location filename="../views/xmlsourceview.cpp" line="46"/>
        <source>[%1 more characters not shown]</source>
        <translation>[%1 weitere Zeichen nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <location filename="../model/package/zipreader.cpp" line="60"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="75"/>
        <source>the ZIP&apos;s central directory cannot be read (truncated or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="95"/>
        <source>%1 (ZIP error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="105"/>
        <source>a central directory record cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="148"/>
        <source>encrypted ZIP members are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="151"/>
        <source>ZIP compression method %1 is not supported (only stored and deflated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="170"/>
        <source>the central directory is damaged (ZIP error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="186"/>
        <source>the member cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="190"/>
        <location filename="../model/package/zipreader.cpp" line="196"/>
        <source>the member&apos;s data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="194"/>
        <source>the member&apos;s CRC-32 does not match its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipStructure</name>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="111"/>
        <source>cannot read the end of the ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="120"/>
        <source>the ZIP has no end-of-central-directory record (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="124"/>
        <source>the ZIP&apos;s comment runs past the end of the file (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="126"/>
        <source>%1 bytes after the end of the ZIP (its end-of-central-directory record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="139"/>
        <location filename="../model/package/zipstructure.cpp" line="161"/>
        <source>split (multi-disk) ZIP archives are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="141"/>
        <source>the zip64 end-of-central-directory record lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="144"/>
        <source>the zip64 end-of-central-directory record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="147"/>
        <source>the zip64 end-of-central-directory record has a wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="149"/>
        <source>%1 bytes between the zip64 end-of-central-directory record and its locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="163"/>
        <source>the ZIP&apos;s central directory lists %1 members; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="167"/>
        <source>the ZIP&apos;s central directory is %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="169"/>
        <source>the central directory overlaps its end record or lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="171"/>
        <source>%1 bytes between the central directory and its end record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="178"/>
        <source>cannot read the ZIP&apos;s central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="183"/>
        <source>the central directory holds fewer records than its end record says (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="188"/>
        <source>a central directory record runs past the directory&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="197"/>
        <source>&apos;%1&apos;: its zip64 extra field is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="203"/>
        <source>%1 bytes in the central directory after its last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="212"/>
        <source>%1 bytes before &apos;%2&apos; belong to no member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="216"/>
        <source>&apos;%1&apos; overlaps the member before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="219"/>
        <source>&apos;%1&apos;: no local header where the central directory points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="225"/>
        <source>&apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="228"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the compression method or encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="233"/>
        <source>&apos;%1&apos;: its local header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="238"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the CRC-32 or the sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="253"/>
        <source>&apos;%1&apos;: its data descriptor and its central directory record disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="261"/>
        <source>the last member overlaps the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="263"/>
        <source>%1 bytes between the last member and the central directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="277"/>
        <source>the ZIP comment holds %1 bytes that are not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="283"/>
        <source>ZIP comment ignored (%1 bytes): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Open the bundled sample appliance.</source>
        <translation>Die mitgelieferte Beispiel-Appliance öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="46"/>
        <source>Open the deploy wizard on the package PKG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>OVF Workbench: author DMTF OVF virtual appliances.</source>
        <translation>OVF Workbench: virtuelle DMTF-OVF-Appliances erstellen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="57"/>
        <source>The OVF descriptor or package (OVA, ZIP, OVF folder) to open.</source>
        <translation>Der zu öffnende OVF-Deskriptor oder das Paket (OVA, ZIP, OVF-Ordner).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Only one file can be opened at a time.</source>
        <translation>Es kann nur eine Datei auf einmal geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>ovf::CimOsTypes</name>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="151"/>
        <source>%1 – not a CIM operating system type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::PropertyType</name>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="68"/>
        <location filename="../model/ovf/propertytype.cpp" line="108"/>
        <location filename="../model/ovf/propertytype.cpp" line="379"/>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="73"/>
        <source>&apos;%1&apos; is not a valid %2 value: leave out the &apos;+&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="77"/>
        <source>&apos;%1&apos; is not a valid %2 value: it contains spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="80"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="89"/>
        <source>&apos;%1&apos; is not a valid %2 value: unsigned values take no sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="94"/>
        <source>%1 is below the smallest %2 value, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="98"/>
        <source>%1 is above the largest %2 value, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="116"/>
        <source>&apos;%1&apos; is not a real number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="170"/>
        <source>%1 is outside the real64 range (about ±1.8e308)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="177"/>
        <source>%1 is outside the real32 range (about ±3.4e38)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="203"/>
        <source>&apos;%1&apos; is not a CIM datetime: use yyyymmddhhmmss.mmmmmmsutc (for example 20240131235959.000000+000) or an interval ddddddddhhmmss.mmmmmm:000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="227"/>
        <source>&apos;%1&apos; is not a valid CIM datetime: the %2 %3 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="235"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="238"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="241"/>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="243"/>
        <source>minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="245"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="262"/>
        <source>%1 (and %2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="331"/>
        <source>a property type is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="334"/>
        <source>the type &apos;%1&apos; has surrounding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="342"/>
        <source>&apos;%1&apos; should be written &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="346"/>
        <source>&apos;%1&apos; is a VMware spelling; read as sint32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="351"/>
        <source>&apos;%1&apos; is not a property type: use ovf:type=&quot;string&quot; with ovf:password=&quot;true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="356"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: an IP address is a string property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="362"/>
        <source>use string with ValueMap{...} or MinLen/MaxLen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="363"/>
        <source>use sint32 with MinValue/MaxValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="364"/>
        <source>use real64 with MinValue/MaxValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="368"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="371"/>
        <source>unknown property type &apos;%1&apos;; valid types are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="387"/>
        <location filename="../model/ovf/propertytype.cpp" line="405"/>
        <source>%1 is below the minimum, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="391"/>
        <location filename="../model/ovf/propertytype.cpp" line="407"/>
        <source>%1 is above the maximum, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="402"/>
        <source>NaN is outside the allowed range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="411"/>
        <source>&apos;%1&apos; is not a boolean: use true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="417"/>
        <source>at least 1 character is required (%1 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="418"/>
        <source>at least %1 characters are required (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="424"/>
        <source>at most 1 character is allowed (%1 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="425"/>
        <source>at most %1 characters are allowed (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="431"/>
        <source>&apos;%1&apos; lies outside the Basic Multilingual Plane, which a char16 cannot hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="436"/>
        <source>&apos;%1&apos; is not a single character (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="446"/>
        <source>&apos;%1&apos; is not allowed: it must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="459"/>
        <source>MinLen applies only to string properties, not to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="462"/>
        <source>MaxLen applies only to string properties, not to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="465"/>
        <source>MinLen(%1) is greater than MaxLen(%2), so no value fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="477"/>
        <source>NaN cannot bound a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="486"/>
        <source>%1 applies only to numeric properties, not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="490"/>
        <source>%1(%2) is not a valid %3 value: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="502"/>
        <source>MinValue(%1) is greater than MaxValue(%2), so no value fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="510"/>
        <source>ValueMap is empty, so no value is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="525"/>
        <source>ValueMap range &apos;%1&apos; is not valid for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="530"/>
        <source>ValueMap range &apos;%1&apos; is reversed, so it allows nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="538"/>
        <source>ValueMap entry &apos;%1&apos; is not a valid %2 value: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="544"/>
        <source>ValueMap entry &apos;%1&apos; can never be chosen: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="556"/>
        <source>ValueMap lists &apos;%1&apos; more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="45"/>
        <source>expected a qualifier after the last &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="47"/>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="93"/>
        <source>expected a qualifier name at position %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="104"/>
        <source>unterminated %1(...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="105"/>
        <source>unterminated %1{...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="117"/>
        <source>%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="125"/>
        <source>%1 needs a non-negative integer in parentheses, e.g. %1(64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="129"/>
        <source>%1 needs a non-negative integer, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="138"/>
        <source>%1 needs a value in parentheses, e.g. %1(0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="144"/>
        <source>ValueMap needs a list in braces, e.g. ValueMap{&quot;a&quot;, &quot;b&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="184"/>
        <source>expected &apos;,&apos; at position %1 in ValueMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="194"/>
        <source>empty ValueMap entry at position %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::Units</name>
    <message>
        <location filename="../model/ovf/units.cpp" line="136"/>
        <source>&apos;%1&apos; overflows a 64-bit count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="137"/>
        <source>&apos;%1&apos; overflows a 64-bit %2 count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="150"/>
        <location filename="../model/ovf/units.cpp" line="178"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="164"/>
        <source>&apos;%1&apos; is a fraction of a %2; fractional units are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="191"/>
        <source>a unit is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="194"/>
        <source>&apos;%1&apos;: negative units are not supported for sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="208"/>
        <source>expected a unit or number after &apos;*&apos; in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="214"/>
        <source>&apos;%1&apos;: division is not supported for sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="218"/>
        <source>expected &apos;*&apos; before &apos;%1&apos; in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="247"/>
        <source>unexpected &apos;%1&apos; at position %2 in &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="281"/>
        <source>&apos;%1&apos;: negative exponents are not supported for sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="285"/>
        <source>expected a number after &apos;^&apos; in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="290"/>
        <source>&apos;%1&apos;: an exponent must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="321"/>
        <source>&apos;%1&apos;: only whole numbers can be raised to a power (&apos;%2^&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="332"/>
        <location filename="../model/ovf/units.cpp" line="347"/>
        <source>&apos;%1&apos; has a zero factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="340"/>
        <source>&apos;%1&apos;: the factor %2 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="377"/>
        <source>&apos;%1&apos;: powers of a unit such as &apos;%2^%3&apos; are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="383"/>
        <source>&apos;%1&apos; combines the units %2 and %3; only one unit is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="401"/>
        <source>&apos;%1&apos;: negative factors are not supported for sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="424"/>
        <source>%1 × %2 exceeds the largest 64-bit value, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="434"/>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="436"/>
        <source>&apos;%1&apos; is a placeholder, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="439"/>
        <source>&apos;%1&apos; has a sign; only the digits 0-9 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="444"/>
        <source>&apos;%1&apos; contains whitespace; only the digits 0-9 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="451"/>
        <source>&apos;%1&apos; is not a whole number; only the digits 0-9 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="456"/>
        <source>&apos;%1&apos; is not a decimal number; only the digits 0-9 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="468"/>
        <source>&apos;%1&apos; exceeds the largest 64-bit value, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="486"/>
        <source>&apos;%1&apos; is not a unit of bytes (its base unit is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::commands::entityrefs</name>
    <message>
        <location filename="../model/commands/entityreferences.cpp" line="74"/>
        <source>An id cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/commands/entityreferences.cpp" line="76"/>
        <source>An id cannot contain spaces: references to it are space-separated lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::items::EnvelopeTreeModel</name>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="159"/>
        <source>Line %1, column %2</source>
        <translation type="unfinished">Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="168"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="169"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="170"/>
        <source>Info</source>
        <translation type="unfinished">Hinweis</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodeledit.cpp" line="313"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::items::PropertyTableModel</name>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="140"/>
        <source>The type is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="145"/>
        <source>The qualifiers are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="149"/>
        <source>The qualifiers do not fit the type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="160"/>
        <source>Value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="217"/>
        <source>Category: the properties below it are shown under this heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="257"/>
        <source>No default value: the value is asked for at deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="259"/>
        <source>Full key in the OVF environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="280"/>
        <source>Rename category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="291"/>
        <source>Make %1 user-configurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="291"/>
        <source>Make %1 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="298"/>
        <source>Mark %1 as a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="298"/>
        <source>Unmark %1 as a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="310"/>
        <source>Rename property %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="315"/>
        <source>Set type of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="320"/>
        <source>Set default value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="326"/>
        <source>Set qualifiers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="331"/>
        <source>Set label of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="337"/>
        <source>Set description of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="348"/>
        <source>Values per deployment option (ovf:Value with ovf:configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="349"/>
        <source>ovf:userConfigurable: the operator may change the value at deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="350"/>
        <source>ovf:password: the value is hidden while it is entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="357"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="358"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="359"/>
        <source>Default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="360"/>
        <source>Qualifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="361"/>
        <source>User set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="365"/>
        <source>Per option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="362"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="363"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="364"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="409"/>
        <source>Add property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="419"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="419"/>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="429"/>
        <source>Remove category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="430"/>
        <source>Remove property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="439"/>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="439"/>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::BlockCopier</name>
    <message>
        <location filename="../model/package/blockcopier.cpp" line="58"/>
        <source>%1: the source ended %2 bytes early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::CertificateFile</name>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="72"/>
        <source>The certificate file is %1 bytes long; files larger than 1 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="77"/>
        <source>Not a certificate file: it contains NUL bytes (it is not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="79"/>
        <source>The file starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="103"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="106"/>
        <source>The certificate file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="120"/>
        <source>The certificate file contains no certificate after its signature line (DSP0243 §5.2 requires the signer&apos;s X.509 certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="127"/>
        <source>This is a certificate for another manifest: it signs &quot;%1&quot;, but the package&apos;s manifest is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="132"/>
        <source>The signature line names &quot;%1&quot;, which differs in letter case from the manifest &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="145"/>
        <source>The certificate file has no signature line: it must start with &quot;SHA256(manifest.mf)= signature&quot;, not with a PEM block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="151"/>
        <source>Line %1 is not a signature line &quot;SHA256(manifest.mf)= signature&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="159"/>
        <source>The signature line uses the digest algorithm &quot;%1&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="165"/>
        <source>The signature line is spaced differently from ovftool&apos;s &quot;SHA256(manifest.mf)= signature&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="182"/>
        <source>The signature is wrapped over %1 lines; ovftool writes it on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="187"/>
        <source>The signature line has no signature after &quot;=&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="190"/>
        <source>The signature is not hexadecimal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="195"/>
        <source>The signature has an odd number of hexadecimal digits (%1): it is truncated or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="202"/>
        <source>The signature is written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="218"/>
        <source>Line %1 is neither part of the signature nor of a certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="226"/>
        <source>Line %1 starts a PEM block of type &quot;%2&quot;; a certificate file holds only CERTIFICATE blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="240"/>
        <source>The certificate that starts on line %1 has no matching &quot;-----END CERTIFICATE-----&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="248"/>
        <source>The certificate that starts on line %1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="256"/>
        <source>The certificate that starts on line %1 is not an X.509 certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="263"/>
        <source>The certificate that starts on line %1 is followed by unexpected data inside its PEM block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::Coverage</name>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="59"/>
        <source>The manifest %1 has no digest for the descriptor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="61"/>
        <source>The manifest %1 has no digest for %2, which the descriptor references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="66"/>
        <source>(it lists &quot;%1&quot;, which differs in letter case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="72"/>
        <source>%1:%2: the manifest lists %3, which is neither the descriptor nor a file it references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="79"/>
        <source>(the package has &quot;%1&quot;, which differs in letter case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::Digest</name>
    <message>
        <location filename="../model/package/digest.cpp" line="85"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="92"/>
        <source>Hashing %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="96"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::FolderWriter</name>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="38"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="45"/>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="48"/>
        <source>cannot create a temporary folder beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="60"/>
        <source>%1: cannot create its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="74"/>
        <source>%1: more data than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="99"/>
        <source>%1: %2 bytes short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="123"/>
        <source>cannot sync the folder %1 of the new package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="130"/>
        <source>cannot move the existing %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="135"/>
        <source>cannot move the new package to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::GzipDeflater</name>
    <message>
        <location filename="../model/package/gzipdeflater.cpp" line="33"/>
        <source>gzip compression could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/gzipdeflater.cpp" line="49"/>
        <source>gzip compression failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::Manifest</name>
    <message>
        <location filename="../model/package/manifest.cpp" line="72"/>
        <source>The manifest is %1 bytes long; manifests larger than 1 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="77"/>
        <source>Not a manifest: the file contains NUL bytes (it is not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="80"/>
        <source>Not a manifest: the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="83"/>
        <source>The manifest starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="105"/>
        <source>Line %1 contains a carriage return in the middle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="114"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="118"/>
        <source>The manifest uses the BSD spelling &quot;SHA1 (name) = digest&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="123"/>
        <source>Unusual spacing around &quot;(&quot;, &quot;)&quot; or &quot;=&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="128"/>
        <source>Digests are written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="131"/>
        <source>The manifest is empty: it lists no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="141"/>
        <source>Line %1 is blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="145"/>
        <source>Line %1 ends with spaces or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="147"/>
        <source>Line %1 starts with spaces or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="156"/>
        <source>Line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="163"/>
        <source>Line %1 uses the digest algorithm &quot;%2&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="176"/>
        <source>Line %1 has no digest after &quot;=&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="180"/>
        <source>Line %1: the digest &quot;%2&quot; is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="190"/>
        <source>Line %1: a %2 digest has %3 hexadecimal digits, this one has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="205"/>
        <source>Line %1 names &quot;%2&quot;, which is not a file in the package: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="213"/>
        <source>The manifest lists itself: line %1 gives a digest for &quot;%2&quot;, which a manifest cannot cover (DSP0243 §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="229"/>
        <source>Line %1 repeats the entry for &quot;%2&quot; of line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="235"/>
        <source>Conflicting entries for &quot;%1&quot;: line %2 gives %3 %4, line %5 gives %6 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="248"/>
        <source>Lines %1 and %2 name &quot;%3&quot; and &quot;%4&quot;, which differ only by letter case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="262"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="265"/>
        <source>it contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="268"/>
        <source>it contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="270"/>
        <source>it is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="273"/>
        <source>it contains &quot;..&quot;, &quot;.&quot; or an empty path segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::MemberLocation</name>
    <message>
        <location filename="../model/package/memberlocation.cpp" line="40"/>
        <source>no such member in the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::OvaWriter</name>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="28"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="64"/>
        <source>%1 needs a pax extended header (over 8 GiB or a long name); some OVA consumers reject pax headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="77"/>
        <source>%1: more data than the %2 bytes announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="104"/>
        <source>%1: %2 bytes short of the %3 announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="116"/>
        <source>%1: not the head member reserved at this place, or not its size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="136"/>
        <source>the package head was not written completely</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::PackInput</name>
    <message>
        <location filename="../model/package/packinput.cpp" line="44"/>
        <location filename="../model/package/packinput.cpp" line="290"/>
        <source>%1: is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="46"/>
        <location filename="../model/package/packinput.cpp" line="58"/>
        <location filename="../model/package/packinput.cpp" line="179"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="55"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="60"/>
        <source>%1: the file grew while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="62"/>
        <source>%1: the file shrank while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="153"/>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="159"/>
        <source>%1: the folder holds no .ovf descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="160"/>
        <source>%1: the folder holds more than one .ovf descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="181"/>
        <source>%1: the descriptor is larger than the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="226"/>
        <source>%1: the package holds no .ovf descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="228"/>
        <source>%1: the descriptor is not at the top of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="243"/>
        <source>%1: not an OVF descriptor (an OVF environment document?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="257"/>
        <source>File %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="272"/>
        <source>%1: referenced by more than one File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="300"/>
        <source>%1: referenced by File %2 but not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="307"/>
        <source>%1: referenced by File %2 but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="294"/>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="263"/>
        <source>%1: ovf:compression=&quot;%2&quot; is not gzip or identity (DSP0243 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="269"/>
        <source>%1: ovf:chunkSize must be a positive number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="321"/>
        <source>%1: ovf:size is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="405"/>
        <source>%1: no longer in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="407"/>
        <source>%1: changed size since the package was opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::PackageWriter</name>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="64"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="87"/>
        <source>a signature needs a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="89"/>
        <source>SHA-1 signatures are not written; use SHA-256 or SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="91"/>
        <source>the chunk size must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="219"/>
        <source>%1: ovf:size said %2 bytes, the file has %3; corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="244"/>
        <source>%1: not listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="246"/>
        <source>%1: does not match its digest in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="252"/>
        <source>%1: listed in the manifest but not a file of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="268"/>
        <source>the signature&apos;s length kept changing; cannot place the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="117"/>
        <source>cannot create a temporary file beside %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="93"/>
        <source>compressing and decompressing exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="138"/>
        <location filename="../model/package/packagewriter.cpp" line="142"/>
        <location filename="../model/package/packagewriter.cpp" line="164"/>
        <location filename="../model/package/packagewriter.cpp" line="170"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="318"/>
        <source>%1: too many chunks of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="377"/>
        <source>%1: the source grew while it was packed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::Signature</name>
    <message>
        <location filename="../model/package/signature.cpp" line="26"/>
        <source>The signer&apos;s certificate has a public key that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="32"/>
        <source>The signer&apos;s certificate has a %1 key; OVF signatures are made with RSA (PKCS#1 v1.5) or ECDSA keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="39"/>
        <source>The signature is %1 bytes long, but the signer&apos;s %2-bit RSA key makes signatures of %3 bytes: the signature is truncated, damaged or made with another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="53"/>
        <source>The signature cannot be checked with the signer&apos;s %1 key and %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="65"/>
        <source>The signature does not match the manifest %1: the manifest was changed after it was signed, or the signature was made with another key than the certificate&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="70"/>
        <source>The signature is malformed: it is not a valid %1 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="113"/>
        <source>The certificate file %1 holds a certificate that cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="132"/>
        <source>The signature is made with SHA-1, for which collisions can be computed: use SHA-256 or SHA-512</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::SignatureChain</name>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="52"/>
        <source>TLS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="53"/>
        <source>TLS clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="54"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="55"/>
        <source>time stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="56"/>
        <source>OCSP responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="97"/>
        <source>The trust anchor file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="111"/>
        <source>The trust anchor file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="123"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is self-signed and is not a trusted anchor: anyone can make such a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="129"/>
        <source>The chain ends in the self-signed certificate &quot;%1&quot;, which is not a trusted anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="137"/>
        <source>The issuer of &quot;%1&quot; (%2) is unknown: it is neither in the certificate file nor a trusted anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="143"/>
        <source>The certificate &quot;%1&quot; expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="147"/>
        <source>The certificate &quot;%1&quot; is not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="153"/>
        <location filename="../model/package/signaturechain.cpp" line="275"/>
        <source>The certificate &quot;%1&quot; has a %2-bit %3 key, which is too weak (below %4-bit security)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="162"/>
        <location filename="../model/package/signaturechain.cpp" line="267"/>
        <source>The certificate &quot;%1&quot; is signed with %2, which is too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="169"/>
        <source>The certificate &quot;%1&quot; is not acceptable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="181"/>
        <source>The certificate &quot;%1&quot; is for %2, not for code signing (its extended key usage lacks codeSigning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="184"/>
        <source>The intermediate certificate &quot;%1&quot; may only issue certificates for %2, not for code signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="192"/>
        <source>The certificate &quot;%1&quot; does not allow digital signatures (its key usage is %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::Signer</name>
    <message>
        <location filename="../model/package/signer.cpp" line="27"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="30"/>
        <source>%1 is too large for a key or certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="73"/>
        <source>The private key in %1 is a %2 key; OVF signatures need an RSA or EC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="78"/>
        <source>%1 contains no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="94"/>
        <source>The private key does not belong to the certificate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="134"/>
        <source>The private key %1 is encrypted: a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="136"/>
        <source>Wrong passphrase for the private key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="138"/>
        <source>%1 does not contain a PEM private key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="153"/>
        <source>%1 is not a PKCS#12 file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="165"/>
        <source>%1 is protected: a passphrase is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="166"/>
        <source>Wrong passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="181"/>
        <source>%1 is encrypted with an algorithm this OpenSSL does not enable (RC2 or 3DES from an old tool); export it again with AES (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="186"/>
        <source>%1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="189"/>
        <source>%1 contains no private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="231"/>
        <source>No signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="242"/>
        <location filename="../model/package/signer.cpp" line="249"/>
        <source>Cannot sign with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="259"/>
        <source>%1 signatures are not made any more: use SHA256 or SHA512</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::TarWriter</name>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="94"/>
        <source>a tar member needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="96"/>
        <source>%1: a tar member name cannot hold a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="98"/>
        <source>%1: invalid size or time for a tar member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::Trust</name>
    <message>
        <location filename="../model/package/trust.cpp" line="29"/>
        <source>The manifest cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="31"/>
        <source>The manifest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="48"/>
        <source>%1 was not checked against its %2 digest in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="52"/>
        <source>%1 is listed in the manifest but is not in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="57"/>
        <source>%1 does not match its %2 digest: the manifest says %3, the file has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="69"/>
        <source>The package is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="74"/>
        <source>The certificate file is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="75"/>
        <source>it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="82"/>
        <source>The certificate file is for another manifest: it signs &quot;%1&quot;, the package&apos;s manifest is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="90"/>
        <source>The signature was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="96"/>
        <source>The signature is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="103"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is not trusted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="107"/>
        <source>The signature is made with SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="116"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="118"/>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="120"/>
        <source>Unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="122"/>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="132"/>
        <source>The package has a certificate file but no manifest: a signature must sign a manifest (DSP0243 §5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="136"/>
        <source>The package has no manifest: no file was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="144"/>
        <source>SHA-1 digests, for which collisions can be computed, protect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="159"/>
        <source>Signed by &quot;%1&quot;, whose certificate chains to the trusted anchor &quot;%2&quot; and is valid for code signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="162"/>
        <source>Every file the manifest lists (%1) matches its digest, all %2 or stronger, and the manifest covers the descriptor and exactly the files it references</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::package::ZipWriter</name>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="31"/>
        <source>ZIP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="32"/>
        <location filename="../model/package/zipwriter.cpp" line="38"/>
        <location filename="../model/package/zipwriter.cpp" line="101"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="44"/>
        <source>the ZIP uses ZIP64 for members of 4 GiB or more; some unzip tools cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="67"/>
        <source>%1: more data than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="77"/>
        <source>%1: %2 bytes short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ovf::validation::Validator</name>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="30"/>
        <source>The document is an OVF environment, not a descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="31"/>
        <source>Every Property of an OVF environment has a key and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="32"/>
        <source>The Envelope&apos;s ovf:version matches its namespace (absent: info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="33"/>
        <source>OVF elements are in an OVF namespace, not in no namespace (read anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="34"/>
        <source>Attributes of OVF elements carry the ovf: prefix (OVF attributes are namespace-qualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="35"/>
        <source>The Envelope has a References element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="36"/>
        <source>The Envelope holds a VirtualSystem or VirtualSystemCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="39"/>
        <source>File ids are unique in References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="40"/>
        <source>Disk ids are unique across DiskSection and SharedDiskSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="41"/>
        <source>Network names are unique in the NetworkSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="42"/>
        <source>Configuration ids are unique in the DeploymentOptionSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="43"/>
        <source>VirtualSystem and VirtualSystemCollection ids are unique in the descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="44"/>
        <source>Items that share an InstanceID describe one device (same ResourceType; ranges and per-configuration overrides are combined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="45"/>
        <source>Property keys are unique in a ProductSection, and environment keys class.key.instance in an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="46"/>
        <source>Message ids are unique in a Strings bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="49"/>
        <source>A Disk&apos;s ovf:fileRef names a File of References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="50"/>
        <source>A Disk&apos;s ovf:parentRef names another Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="51"/>
        <source>An ovf:/disk/ or ovf:/file/ HostResource names a Disk or File of the package (a disk drive without such a reference: warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="52"/>
        <source>HostResource references are spelled ovf:/disk/&lt;id&gt; or ovf:/file/&lt;id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="53"/>
        <source>An Item&apos;s Connection names a Network of the NetworkSection (empty: warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="54"/>
        <source>An Item&apos;s Parent is the InstanceID of an Item in the same section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="55"/>
        <source>An Item&apos;s Parent is a controller (IDE, SCSI, FC, iSCSI, IB, SATA/other storage, USB or other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="56"/>
        <source>ovf:configuration names Configurations of the DeploymentOptionSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="57"/>
        <source>The ovf:fileRef of a Strings bundle or Msg names a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="58"/>
        <source>A StartupSection Item names a child of its collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="59"/>
        <source>A ScaleOutSection&apos;s ovf:id names a child of its collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="60"/>
        <source>A PlacementSection&apos;s ovf:group names a PlacementGroupSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="61"/>
        <source>A product Icon&apos;s ovf:fileRef names a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="62"/>
        <source>An EnvironmentFilesSection File&apos;s ovf:fileRef names a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="63"/>
        <source>Every File of References is used by the descriptor (vendor markup that names it counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="64"/>
        <source>Every Disk is attached by a HostResource or is the parent of one that is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="67"/>
        <source>Sections appear only where OVF allows them (Envelope, VirtualSystem or VirtualSystemCollection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="68"/>
        <source>Sections allowed once per Envelope or entity appear once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="69"/>
        <source>ProductSections of one entity differ in ovf:class or ovf:instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="70"/>
        <source>Every VirtualSystem and VirtualSystemCollection has an ovf:id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="71"/>
        <source>A VirtualSystemCollection contains at least one entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="72"/>
        <source>A VirtualSystem has a VirtualHardwareSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="73"/>
        <source>Every section, VirtualSystem and VirtualSystemCollection has an Info element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="74"/>
        <source>A DeploymentOptionSection has at least one Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="75"/>
        <source>At most one Configuration is marked ovf:default=&quot;true&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="78"/>
        <source>Every Property has an ovf:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="79"/>
        <source>ovf:key has no &apos;.&apos; or &apos;:&apos;, ovf:class and ovf:instance no &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="80"/>
        <source>Every Property has an ovf:type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="81"/>
        <source>ovf:type is one of the OVF property types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="82"/>
        <source>ovf:type is spelled as OVF defines it and exists in the descriptor&apos;s OVF version (tolerated vendor spellings, char16/datetime before 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="83"/>
        <source>ovf:qualifiers parse as CIM qualifiers (unknown qualifiers: warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="84"/>
        <source>ovf:qualifiers fit the property&apos;s type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="85"/>
        <source>Default and per-configuration values are values of the type within the qualifiers (empty fixed non-string value: warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="86"/>
        <source>${name} references name a property of the same entity or of its parent collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="89"/>
        <source>Disk capacity is a byte count in a byte unit, or a ${property} reference to an existing property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="90"/>
        <source>File ovf:size, ovf:chunkSize and Disk ovf:populatedSize are non-negative integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="91"/>
        <source>A Disk&apos;s populated size is not above its capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="92"/>
        <source>File ovf:compression is identity or gzip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="93"/>
        <source>Memory and processor Items have parseable AllocationUnits and VirtualQuantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="96"/>
        <source>Every Strings bundle names its locale with xml:lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="97"/>
        <source>An element with ovf:msgid has default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="98"/>
        <source>Every ovf:msgid used has a message in every Strings bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="99"/>
        <source>Every message of a bundle is used by the descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="100"/>
        <source>External Strings bundles can be read (not checked without a resolver: info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="103"/>
        <source>No required extension that OVF Workbench does not understand (custom elements without ovf:required that are not sections, or that extend a known element: warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="104"/>
        <source>Optional extensions are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="105"/>
        <source>The descriptor&apos;s conformance level (1: no extensions, 2: optional ones only, 3: required ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="40"/>
        <source>%1 has ovf:%2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="49"/>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="52"/>
        <source>%1 has ovf:chunkSize 0; chunks cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="56"/>
        <source>%1 has ovf:compression %2; OVF knows only &apos;identity&apos; and &apos;gzip&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="70"/>
        <source>%1 has no ovf:capacity; the size of the virtual disk is unknown until its image is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="81"/>
        <source>%1 has capacity %2, a placeholder for a property %3 that does not exist; replace it with a number of bytes or add the property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="87"/>
        <source>%1 has ovf:capacityAllocationUnits %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="94"/>
        <source>%1 has a capacity that cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="105"/>
        <location filename="../model/validation/rules_references.cpp" line="53"/>
        <source>Disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="110"/>
        <source>%1 has ovf:populatedSize %2 bytes, more than its capacity of %3 bytes (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="42"/>
        <source>The Envelope has no ovf:version; the namespace %1 says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="57"/>
        <source>The Envelope says ovf:version %1, but its namespace %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="79"/>
        <source>The Envelope&apos;s children %1 are in no namespace, so strictly they are not OVF elements; OVF Workbench reads them as OVF (the oVirt and OVF 0.9 dialect), other tools may not. Declare the OVF namespace as the default namespace (xmlns=&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="91"/>
        <source>The Envelope has no References element; it is required, even when the package has no files (write &lt;References/&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="96"/>
        <source>The Envelope has neither a VirtualSystem nor a VirtualSystemCollection, so there is nothing to deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="125"/>
        <location filename="../model/validation/rules_extensions.cpp" line="167"/>
        <location filename="../model/validation/rules_extensions.cpp" line="179"/>
        <source> (%1 times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="127"/>
        <source>%1 has an attribute %2 without the ovf: prefix%3; OVF attributes are namespace-qualified, so OVF readers do not see it as ovf:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="136"/>
        <source>This is an OVF environment document (what a platform hands to a deployed guest), not an OVF descriptor; only its properties are checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="164"/>
        <source>An environment Property has no oe:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="167"/>
        <source>Environment property %1 has no oe:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="55"/>
        <source>The Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="105"/>
        <source>This descriptor requires the extension %1 that OVF Workbench does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="157"/>
        <source>%1 contains %2 elements in no namespace that OVF does not define (%3); they are not sections (no Info) and do not say whether they are required; OVF treats them as required, OVF Workbench ignores them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="169"/>
        <source>%1%2 is not an OVF section (it has no Info) and does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="172"/>
        <source>%1%2 in %3 does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="181"/>
        <source>The optional extension %1%2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="192"/>
        <source>Conformance level 3: the descriptor has extensions that are required (for example %1); platforms that do not understand them must refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="198"/>
        <source>Conformance level 2: the descriptor has custom extensions (for example %1), all optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="201"/>
        <source>Conformance level 1: the descriptor uses only what OVF defines, no custom extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="70"/>
        <source>%1 (InstanceID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="71"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="86"/>
        <source>%1 has HostResource %2, which is not a disk or file of the package (ovf:/disk/&lt;id&gt; or ovf:/file/&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="96"/>
        <source>%1 has HostResource %2; the standard form is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="102"/>
        <source>%1 refers to disk %2, which is not in the DiskSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="105"/>
        <source>%1 refers to file %2, which is not in References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="118"/>
        <source>%1 has an empty Connection; it will not be connected to any network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="127"/>
        <source>%1 connects to network %2, but the descriptor has no NetworkSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="129"/>
        <source>%1 connects to network %2, which is not in the NetworkSection%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="131"/>
        <source> (names are case-sensitive: did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="144"/>
        <source>%1 has AllocationUnits %2 that cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="147"/>
        <source>%1 has AllocationUnits %2, which is not a unit of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="155"/>
        <source>%1 has VirtualQuantity %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="188"/>
        <source>%1 has Parent %2, but no Item of this %3 has that InstanceID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="191"/>
        <source>%1 is its own Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="194"/>
        <source>%1 has Parent %2, whose type is %3, not a controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="49"/>
        <source>File id %1 is used twice in References (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="55"/>
        <source>Disk id %1 is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="61"/>
        <source>Network name %1 is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="67"/>
        <source>Configuration id %1 is used twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="80"/>
        <source>Entity id %1 is used twice (first on line %2); VirtualSystem and VirtualSystemCollection ids must be unique in the whole descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="146"/>
        <source>InstanceID %1 is used by a %2 (line %3) and by this %4 in the same %5; Items with one InstanceID describe one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="159"/>
        <source>InstanceID %1 is used by two Items for different host resources (%2 on line %3, %4 here) in the same %5; the second replaces the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="206"/>
        <source>Property key %1 is used twice in this ProductSection (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="209"/>
        <source>Property key %1 is also defined on line %2 in another ProductSection with the same ovf:class and ovf:instance; both would be %3 in the OVF environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="99"/>
        <source>ProductSection ovf:%1 %2 contains &apos;:&apos;, which OVF does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="111"/>
        <source>The AppUrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="123"/>
        <source>A Property has an empty ovf:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="123"/>
        <source>A Property has no ovf:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="126"/>
        <source>Property key %1 contains &apos;%2&apos;; OVF forbids &apos;.&apos; and &apos;:&apos; in keys because the environment key is class.key.instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="130"/>
        <source>The Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="130"/>
        <source>Property %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="134"/>
        <source>%1 has no ovf:type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="138"/>
        <source>%1 has an unknown type: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="142"/>
        <location filename="../model/validation/rules_properties.cpp" line="169"/>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="146"/>
        <source>%1 has type %2, which OVF defines only from version 2.0; this is an %3 descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="157"/>
        <source>%1 has qualifiers %2 that cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="163"/>
        <source>%1 has qualifiers that OVF does not define and that are ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="191"/>
        <source>default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="192"/>
        <source>value for configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="198"/>
        <source>%1 (%2) has an empty %3 and is not user-configurable, so the guest receives an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="211"/>
        <source>The %1 of password %2 is not a valid %3 within its qualifiers (value not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="214"/>
        <source>The %1 of %2 is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="241"/>
        <source>%1 refers to ${%2}, but no property %3 exists in this entity or its parent collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="40"/>
        <source> (ids are case-sensitive: did you mean %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="47"/>
        <source>%1 refers to file %2, which is not in References%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="60"/>
        <source>%1 names itself as its parent disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="63"/>
        <source>%1 refers to parent disk %2, which is not in the DiskSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="72"/>
        <source>A Strings bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="72"/>
        <source>The %1 Strings bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="111"/>
        <source>The StartupSection of %1 starts %2, which is not a VirtualSystem or VirtualSystemCollection in that collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="122"/>
        <source>The ScaleOutSection of %1 scales %2, which is not a VirtualSystem or VirtualSystemCollection in that collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="132"/>
        <source>The PlacementSection of %1 names placement group %2, but no PlacementGroupSection has that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="140"/>
        <source>The product icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="145"/>
        <source>Environment file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="164"/>
        <source>%1 has an empty ovf:configuration; leave the attribute out to apply to every configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="174"/>
        <source>%1 applies to configuration %2, which is not in the DeploymentOptionSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="176"/>
        <source>%1 applies to configuration %2, but the descriptor has no DeploymentOptionSection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="189"/>
        <source>File %1 (%2) is in References, but nothing in the descriptor uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="196"/>
        <source>Disk %1 is not attached to any virtual system (no HostResource ovf:/disk/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="160"/>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="192"/>
        <source>A Strings bundle has an empty xml:lang, so no locale will ever use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="193"/>
        <source>A Strings bundle has no xml:lang, and the Envelope has none to inherit, so no locale will ever use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="248"/>
        <source>Message %1 refers to file %2, which is not in References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="252"/>
        <source>Message id %1 appears twice in the %2 bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="270"/>
        <source>The %1 Strings bundle is in the external file %2, which was not checked (no package files at hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="280"/>
        <source>The %1 Strings bundle %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="287"/>
        <source>The %1 Strings bundle %2 is not well-formed XML (%3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="295"/>
        <source>The %1 Strings bundle %2 is not a message bundle: its root element is &lt;%3&gt;, not &lt;Strings&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="315"/>
        <source>Message id %1 appears twice in the %2 bundle (file %3, line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="346"/>
        <source>%1 has ovf:msgid %2 but no default text; users whose locale has no bundle see nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="368"/>
        <source>The %1 bundle lacks %2 of the %3 message ids the descriptor uses, for example %4; those users see the default texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="379"/>
        <source>%1 has ovf:msgid %2, which the %3 bundle does not contain; those users see the default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="402"/>
        <source>The %1 bundle has %2 messages that the descriptor never uses, for example %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="410"/>
        <source>The %1 bundle has a message %2 that the descriptor never uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="70"/>
        <location filename="../model/validation/rules_structure.cpp" line="228"/>
        <source>the Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="72"/>
        <source>a VirtualSystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="74"/>
        <source>a VirtualSystemCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="75"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="89"/>
        <source>%1 has no Info element; OVF requires one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="103"/>
        <source>Section %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="106"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="116"/>
        <source>%1 is not allowed in %2, so deployments will ignore it; OVF allows it only in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="119"/>
        <source>%1 is not allowed in %2; OVF allows it only in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="126"/>
        <source>%1 has a second %2 (the first is on line %3); OVF allows only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="139"/>
        <source>neither has ovf:class nor ovf:instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="140"/>
        <source>both have ovf:class %1 and ovf:instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="142"/>
        <source>%1 has two ProductSections that %2 (the first is on line %3); give each product its own ovf:class or ovf:instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="166"/>
        <source>%1 has an empty ovf:id; every entity needs a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="167"/>
        <source>%1 has no ovf:id; every entity needs a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="181"/>
        <source>%1 contains no VirtualSystem or VirtualSystemCollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="189"/>
        <source>%1 has no VirtualHardwareSection; a platform cannot know what virtual machine to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="205"/>
        <source>The DeploymentOptionSection has no Configuration; it needs at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="217"/>
        <source>Configuration %1 is marked as the default, but so is %2; only one may be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
