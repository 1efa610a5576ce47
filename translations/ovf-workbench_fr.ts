<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddDeploymentOptionCommand</name>
    <message>
        <location filename="../model/commands/adddeploymentoptioncommand.cpp" line="25"/>
        <source>There is already a deployment option &quot;%1&quot;.</source>
        <translation>Il existe déjà une option de déploiement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/adddeploymentoptioncommand.cpp" line="28"/>
        <source>A deployment option needs a label the deployer reads.</source>
        <translation>Une option de déploiement a besoin d’un libellé lisible par la personne qui déploie.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddeploymentoptioncommand.cpp" line="41"/>
        <source>Add deployment option &apos;%1&apos;</source>
        <translation>Ajouter l’option de déploiement «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddDeviceCommand</name>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="58"/>
        <source>IDE controller</source>
        <translation>Contrôleur IDE</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="59"/>
        <source>SCSI controller</source>
        <translation>Contrôleur SCSI</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="60"/>
        <source>SATA controller</source>
        <translation>Contrôleur SATA</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="61"/>
        <source>NVMe controller</source>
        <translation>Contrôleur NVMe</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="62"/>
        <source>USB controller</source>
        <translation>Contrôleur USB</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="63"/>
        <source>CD drive</source>
        <translation>Lecteur CD</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="64"/>
        <source>DVD drive</source>
        <translation>Lecteur DVD</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="65"/>
        <source>Network adapter</source>
        <translation>Carte réseau</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="66"/>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="75"/>
        <source>Devices are added to a VirtualHardwareSection.</source>
        <translation>Les périphériques s’ajoutent à une VirtualHardwareSection.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="103"/>
        <source>A %1 has bus number 0 to %2, not %3.</source>
        <translation>Un %1 a un numéro de bus de 0 à %2, pas %3.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="105"/>
        <source>There is already a %1 with bus number %2.</source>
        <translation>Il existe déjà un %1 avec le numéro de bus %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="114"/>
        <source>The system already has %1 %2s, the most it can have.</source>
        <translation>Le système a déjà %1 × %2, le maximum possible.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="119"/>
        <location filename="../model/commands/adddevicecommand.cpp" line="157"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="131"/>
        <source>There is no File &quot;%1&quot; in References for the drive.</source>
        <translation>Il n’y a pas de File «&#xa0;%1&#xa0;» dans References pour le lecteur.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="141"/>
        <source>There is no network &quot;%1&quot; in the NetworkSection; add it first.</source>
        <translation>Il n’y a pas de réseau «&#xa0;%1&#xa0;» dans la NetworkSection&#xa0;; ajoutez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="146"/>
        <source>&quot;%1&quot; is not a MAC address (six hex pairs such as 52:54:00:12:34:56).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse MAC (six paires hexadécimales comme 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location filename="../model/commands/adddevicecommand.cpp" line="162"/>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AddDiskCommand</name>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="28"/>
        <source>Disks are attached in a VirtualHardwareSection.</source>
        <translation>Les disques se rattachent à une VirtualHardwareSection.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="41"/>
        <source>There is already a disk &quot;%1&quot;.</source>
        <translation>Il existe déjà un disque «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="44"/>
        <source>A disk needs a capacity above 0 bytes.</source>
        <translation>Un disque a besoin d’une capacité supérieure à 0 octet.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="46"/>
        <source>The populated size (%1 bytes) is above the capacity (%2 bytes).</source>
        <translation>La taille occupée (%1 octets) dépasse la capacité (%2 octets).</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="57"/>
        <source>There is already a File &quot;%1&quot; in References.</source>
        <translation>Il existe déjà un File «&#xa0;%1&#xa0;» dans References.</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="60"/>
        <source>The file name &quot;%1&quot; cannot be used: %2</source>
        <translation>Le nom de fichier «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="63"/>
        <source>File &quot;%1&quot; already has the name &quot;%2&quot;.</source>
        <translation>Le File «&#xa0;%1&#xa0;» porte déjà le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="73"/>
        <source>Add disk &apos;%1&apos;</source>
        <translation>Ajouter le disque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/adddiskcommand.cpp" line="114"/>
        <source>Hard disk %1</source>
        <translation>Disque dur %1</translation>
    </message>
</context>
<context>
    <name>AddDiskDialog</name>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="25"/>
        <source>A new &amp;blank disk</source>
        <translation>Un nouveau disque &amp;vierge</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="26"/>
        <source>Disks made from disk &amp;images</source>
        <translation>Des disques créés à partir d’&amp;images disque</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="32"/>
        <source>Add Disk to %1</source>
        <translation>Ajouter un disque à %1</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="39"/>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="40"/>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="42"/>
        <source>The first controller with a free unit</source>
        <translation>Le premier contrôleur ayant une unité libre</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="62"/>
        <source>Controller:</source>
        <translation>Contrôleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/adddiskdialog.cpp" line="82"/>
        <source>This virtual system has no VirtualHardwareSection to attach a disk to.</source>
        <translation>Ce système virtuel n’a pas de VirtualHardwareSection à laquelle rattacher un disque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/adddiskdialog.cpp" line="142"/>
        <source>Add %n disk(s)</source>
        <translation>
            <numerusform>Ajouter %n disque</numerusform>
            <numerusform>Ajouter %n disques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddEntityCommand</name>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="25"/>
        <source>A collection of virtual systems</source>
        <translation>Une collection de systèmes virtuels</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="26"/>
        <source>A virtual machine</source>
        <translation>Une machine virtuelle</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="33"/>
        <source>Virtual hardware requirements</source>
        <translation>Exigences matérielles virtuelles</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="45"/>
        <source>No place to add to.</source>
        <translation>Aucun emplacement où ajouter.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="48"/>
        <source>Pre-1.0 draft descriptors describe entities as Content elements; adding them is not supported.</source>
        <translation>Les descripteurs provisoires antérieurs à la 1.0 décrivent les entités comme éléments Content&#xa0;; leur ajout n’est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="55"/>
        <source>The Envelope already has its one virtual system or collection (DSP0243: exactly one content entity); add to a collection instead.</source>
        <translation>L’Envelope a déjà son unique système virtuel ou collection (DSP0243&#xa0;: exactement une entité de contenu)&#xa0;; ajoutez plutôt à une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="63"/>
        <source>Virtual systems and collections can only be added to a collection.</source>
        <translation>Les systèmes virtuels et collections ne peuvent être ajoutés qu’à une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="72"/>
        <source>Add collection &apos;%1&apos;</source>
        <translation>Ajouter la collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/addentitycommand.cpp" line="73"/>
        <source>Add virtual system &apos;%1&apos;</source>
        <translation>Ajouter le système virtuel «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddEulaCommand</name>
    <message>
        <location filename="../model/commands/addeulacommand.cpp" line="17"/>
        <source>A license belongs to a virtual system or collection.</source>
        <translation>Un contrat de licence appartient à un système virtuel ou à une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/addeulacommand.cpp" line="19"/>
        <source>The license text is empty; a EULA needs text to accept.</source>
        <translation>Le texte de la licence est vide&#xa0;; un contrat de licence doit avoir un texte à accepter.</translation>
    </message>
    <message>
        <location filename="../model/commands/addeulacommand.cpp" line="30"/>
        <source>Add a license to &apos;%1&apos;</source>
        <translation>Ajouter un contrat de licence à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddFileCommand</name>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="18"/>
        <source>The file name &quot;%1&quot; cannot be used: %2</source>
        <translation>Le nom de fichier «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="26"/>
        <source>ovf:compression is identity or gzip, not &quot;%1&quot; (DSP0243 §7.1).</source>
        <translation>ovf:compression vaut identity ou gzip, pas «&#xa0;%1&#xa0;» (DSP0243 §7.1).</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="42"/>
        <source>There is already a File &quot;%1&quot; in References.</source>
        <translation>Il existe déjà un File «&#xa0;%1&#xa0;» dans References.</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="48"/>
        <source>File &quot;%1&quot; already has the name &quot;%2&quot;.</source>
        <translation>Le File «&#xa0;%1&#xa0;» porte déjà le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="53"/>
        <source>ovf:chunkSize is a number of bytes above 0.</source>
        <translation>ovf:chunkSize est un nombre d’octets supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../model/commands/addfilecommand.cpp" line="70"/>
        <source>Add file &apos;%1&apos;</source>
        <translation>Ajouter le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddNetworkAdapterDialog</name>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="28"/>
        <source>Add Network Adapter to %1</source>
        <translation>Ajouter une carte réseau à %1</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="36"/>
        <source>Pick a network of the appliance, or type a new name to add one</source>
        <translation>Choisissez un réseau de l’appliance virtuelle, ou saisissez un nouveau nom pour en ajouter un</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="41"/>
        <source>assigned at deployment</source>
        <translation>attribuée au déploiement</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="49"/>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="50"/>
        <source>Adapter type:</source>
        <translation>Type de carte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="51"/>
        <source>MAC address:</source>
        <translation>Adresse MAC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="61"/>
        <source>This virtual system has no VirtualHardwareSection to add an adapter to.</source>
        <translation>Ce système virtuel n’a pas de VirtualHardwareSection où ajouter une carte.</translation>
    </message>
    <message>
        <location filename="../views/addnetworkadapterdialog.cpp" line="100"/>
        <source>Add a network adapter on %1</source>
        <translation>Ajouter une carte réseau sur %1</translation>
    </message>
</context>
<context>
    <name>AddNetworkCommand</name>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="18"/>
        <source>A network needs a name.</source>
        <translation>Un réseau a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="21"/>
        <source>There is already a network &quot;%1&quot;.</source>
        <translation>Il existe déjà un réseau «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="25"/>
        <source>The %1 network</source>
        <translation>Le réseau %1</translation>
    </message>
    <message>
        <location filename="../model/commands/addnetworkcommand.cpp" line="29"/>
        <source>Add network &apos;%1&apos;</source>
        <translation>Ajouter le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AddSectionCommand</name>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="22"/>
        <source>the Envelope</source>
        <translation>l’Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="28"/>
        <source>Virtual disk information</source>
        <translation>Informations sur les disques virtuels</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="29"/>
        <source>The list of logical networks</source>
        <translation>La liste des réseaux logiques</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="30"/>
        <source>The list of deployment options</source>
        <translation>La liste des options de déploiement</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="31"/>
        <source>Virtual disks shared by virtual systems</source>
        <translation>Disques virtuels partagés par les systèmes virtuels</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="32"/>
        <source>A human-readable annotation</source>
        <translation>Une annotation lisible par un humain</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="33"/>
        <source>Information about the installed software</source>
        <translation>Informations sur le logiciel installé</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="34"/>
        <source>The kind of installed guest operating system</source>
        <translation>Le type de système d’exploitation invité installé</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="35"/>
        <source>License agreement</source>
        <translation>Contrat de licence</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="36"/>
        <source>Virtual hardware requirements</source>
        <translation>Exigences matérielles virtuelles</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="37"/>
        <source>Resource constraints of the collection</source>
        <translation>Contraintes de ressources de la collection</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="38"/>
        <source>The virtual system needs to be powered on once after deployment</source>
        <translation>Le système virtuel doit être démarré une fois après le déploiement</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="39"/>
        <source>Power-on order of the virtual systems</source>
        <translation>Ordre de démarrage des systèmes virtuels</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="40"/>
        <source>Files passed to the guest with the environment</source>
        <translation>Fichiers transmis à l’invité avec l’environnement</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="41"/>
        <source>Boot device order</source>
        <translation>Ordre des périphériques d’amorçage</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="42"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="64"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="70"/>
        <location filename="../model/commands/addsectioncommand.cpp" line="72"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location filename="../model/commands/addsectioncommand.cpp" line="95"/>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../views/annotationeditor.cpp" line="17"/>
        <source>Edit the annotation&apos;s Info</source>
        <translation>Modifier l’Info de l’annotation</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="40"/>
        <source>Edit the annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="68"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="71"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/annotationeditor.cpp" line="73"/>
        <source>A note for the operator who deploys the appliance</source>
        <translation>Une note pour l’opérateur qui déploie l’appliance virtuelle</translation>
    </message>
</context>
<context>
    <name>AnswerFile</name>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="52"/>
        <source>%1: unknown key, ignored</source>
        <translation>%1&#xa0;: clé inconnue, ignorée</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="63"/>
        <source>%1: not a string</source>
        <translation>%1&#xa0;: pas une chaîne</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="74"/>
        <location filename="../model/deploy/answerfile.cpp" line="93"/>
        <location filename="../model/deploy/answerfile.cpp" line="209"/>
        <source>%1: not an object</source>
        <translation>%1&#xa0;: pas un objet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="78"/>
        <source>%1.%2: not a string</source>
        <translation>%1.%2&#xa0;: pas une chaîne</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="98"/>
        <source>%1.%2: expected a whole number from %3 to %4</source>
        <translation>%1.%2&#xa0;: nombre entier attendu entre %3 et %4</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="115"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="117"/>
        <source>the answer file is not a JSON object</source>
        <translation>le fichier de réponses n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="120"/>
        <source>format: expected &quot;%1&quot;</source>
        <translation>format&#xa0;: «&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="123"/>
        <source>version: %1 is newer than the version this program reads (%2)</source>
        <translation>version&#xa0;: %1 est plus récente que la version lue par ce programme (%2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="127"/>
        <source>version: expected a positive integer</source>
        <translation>version&#xa0;: entier positif attendu</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="146"/>
        <source>locale: %1</source>
        <translation>locale&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="153"/>
        <source>diskFormat: &apos;%1&apos; is not &quot;qcow2&quot; or &quot;raw&quot;</source>
        <translation>diskFormat&#xa0;: «&#xa0;%1&#xa0;» n’est ni &quot;qcow2&quot; ni &quot;raw&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="157"/>
        <source>powerOn: not a boolean</source>
        <translation>powerOn&#xa0;: pas un booléen</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="161"/>
        <source>allowUnchecked: not a boolean</source>
        <translation>allowUnchecked&#xa0;: pas un booléen</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="166"/>
        <source>firmware: &apos;%1&apos; is not &quot;auto&quot;, &quot;bios&quot; or &quot;efi&quot;</source>
        <translation>firmware&#xa0;: «&#xa0;%1&#xa0;» n’est ni &quot;auto&quot;, ni &quot;bios&quot;, ni &quot;efi&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="183"/>
        <source>target: not an object</source>
        <translation>target&#xa0;: pas un objet</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="189"/>
        <source>target.backend: &apos;%1&apos; is not &quot;libvirt&quot; or &quot;folder&quot;</source>
        <translation>target.backend&#xa0;: «&#xa0;%1&#xa0;» n’est ni &quot;libvirt&quot; ni &quot;folder&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="197"/>
        <source>target.domainType: &apos;%1&apos; is not &quot;kvm&quot; or &quot;qemu&quot;</source>
        <translation>target.domainType&#xa0;: «&#xa0;%1&#xa0;» n’est ni &quot;kvm&quot; ni &quot;qemu&quot;</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="204"/>
        <source>eulas: not an array</source>
        <translation>eulas&#xa0;: pas un tableau</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="217"/>
        <source>%1.index: expected a non-negative integer</source>
        <translation>%1.index&#xa0;: entier positif ou nul attendu</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="222"/>
        <source>%1.sha256: expected 64 hexadecimal digits</source>
        <translation>%1.sha256&#xa0;: 64 chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="229"/>
        <source>%1.acceptedAt: expected an ISO 8601 date and time</source>
        <translation>%1.acceptedAt&#xa0;: date et heure ISO 8601 attendues</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="242"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="244"/>
        <source>%1: larger than 16 MiB, not an answer file</source>
        <translation>%1&#xa0;: plus de 16 Mio, ce n’est pas un fichier de réponses</translation>
    </message>
    <message>
        <location filename="../model/deploy/answerfile.cpp" line="329"/>
        <location filename="../model/deploy/answerfile.cpp" line="332"/>
        <location filename="../model/deploy/answerfile.cpp" line="335"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ApplianceDisksPage</name>
    <message>
        <location filename="../wizards/appliancediskspage.cpp" line="11"/>
        <source>Disk images</source>
        <translation>Images disque</translation>
    </message>
    <message>
        <location filename="../wizards/appliancediskspage.cpp" line="12"/>
        <source>Each image becomes a disk of the appliance. The images are read, never changed; the package gets a streamOptimized VMDK of each when it is saved.</source>
        <translation>Chaque image devient un disque de l’appliance virtuelle. Les images sont lues, jamais modifiées&#xa0;; le paquet reçoit un VMDK streamOptimized de chacune à l’enregistrement.</translation>
    </message>
</context>
<context>
    <name>ApplianceNamePage</name>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="16"/>
        <source>&amp;Empty: hardware only, disks added later</source>
        <translation>&amp;Vide&#xa0;: matériel seul, disques ajoutés plus tard</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="17"/>
        <source>From one or more &amp;disk images (qcow2, raw, VMDK, VDI, VHD/VHDX)</source>
        <translation>À partir d’une ou plusieurs &amp;images disque (qcow2, raw, VMDK, VDI, VHD/VHDX)</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="18"/>
        <source>From a &amp;template (QEMU/KVM, vSphere, VirtualBox)</source>
        <translation>À partir d’un &amp;modèle (QEMU/KVM, vSphere, VirtualBox)</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="21"/>
        <source>Name the appliance and choose where it starts from.</source>
        <translation>Nommez l’appliance virtuelle et choisissez son point de départ.</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="23"/>
        <source>e.g. Web Frontend</source>
        <translation>p. ex. Frontal Web</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="35"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="40"/>
        <source>Start:</source>
        <translation>Point de départ&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/appliancenamepage.cpp" line="48"/>
        <source>Virtual system id: %1</source>
        <translation>Identifiant du système virtuel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ApplianceTemplatePage</name>
    <message>
        <location filename="../wizards/appliancetemplatepage.cpp" line="13"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../wizards/appliancetemplatepage.cpp" line="14"/>
        <source>The hardware the appliance starts with; everything can be changed afterwards.</source>
        <translation>Le matériel de départ de l’appliance virtuelle&#xa0;; tout peut être modifié ensuite.</translation>
    </message>
</context>
<context>
    <name>ArchiveOrder</name>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="25"/>
        <source>the descriptor &apos;%1&apos; is member %2 of the archive; DSP0243 §5.3 requires it first</source>
        <translation>le descripteur «&#xa0;%1&#xa0;» est le membre %2 de l’archive&#xa0;; DSP0243 §5.3 exige qu’il soit le premier</translation>
    </message>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="41"/>
        <source>&apos;%1&apos; must directly follow the descriptor or end the archive (DSP0243 §5.3)</source>
        <translation>«&#xa0;%1&#xa0;» doit suivre directement le descripteur ou terminer l’archive (DSP0243 §5.3)</translation>
    </message>
    <message>
        <location filename="../model/package/archiveorder.cpp" line="61"/>
        <source>&apos;%1&apos; comes before &apos;%2&apos; in the archive, but the References section lists it later (DSP0243 §5.3)</source>
        <translation>«&#xa0;%1&#xa0;» précède «&#xa0;%2&#xa0;» dans l’archive, mais la section References le liste après (DSP0243 §5.3)</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../model/package/archivereader.cpp" line="80"/>
        <source>OVA (tar)</source>
        <translation>OVA (tar)</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="81"/>
        <source>gzip-compressed OVA</source>
        <translation>OVA compressée gzip</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="82"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="83"/>
        <source>OVF folder</source>
        <translation>Dossier OVF</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="132"/>
        <source>&apos;%1&apos;: directory entry ignored</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: entrée de répertoire ignorée</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="160"/>
        <source>holds %1 bytes, its header declares %2</source>
        <translation>contient %1 octets, son en-tête en déclare %2</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="168"/>
        <source>holds more data than the %1 bytes its header declares</source>
        <translation>contient plus de données que les %1 octets déclarés par son en-tête</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="198"/>
        <source>is %1 bytes; the limit is %2</source>
        <translation>fait %1 octets&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="222"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="226"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="230"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="233"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="250"/>
        <source>a gzip-compressed file that does not hold a tar archive</source>
        <translation>un fichier compressé gzip qui ne contient pas d’archive tar</translation>
    </message>
    <message>
        <location filename="../model/package/archivereader.cpp" line="261"/>
        <source>not an OVA (tar), a gzip-compressed OVA, a ZIP or an OVF descriptor</source>
        <translation>ni une OVA (tar), ni une OVA compressée gzip, ni un ZIP, ni un descripteur OVF</translation>
    </message>
</context>
<context>
    <name>AutosaveRestoreDialog</name>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="17"/>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurer les modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="19"/>
        <source>OVF Workbench did not close cleanly last time. These documents had unsaved changes that were autosaved:</source>
        <translation>OVF Workbench ne s’est pas fermé correctement la dernière fois. Ces documents avaient des modifications non enregistrées, sauvegardées automatiquement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="22"/>
        <source>Autosaved</source>
        <translation>Sauvegarde auto</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="26"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistré)</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="36"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="37"/>
        <source>&amp;Discard All</source>
        <translation>Tout &amp;abandonner</translation>
    </message>
    <message>
        <location filename="../app/gui/autosaverestoredialog.cpp" line="38"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../model/deploy/backend.cpp" line="24"/>
        <source>the domain type must be &apos;qemu&apos; or &apos;kvm&apos;</source>
        <translation>le type de domaine doit être «&#xa0;qemu&#xa0;» ou «&#xa0;kvm&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ChunkReassembler</name>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="48"/>
        <source>ovf:chunkSize must be a positive number of bytes</source>
        <translation>ovf:chunkSize doit être un nombre d’octets positif</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="50"/>
        <source>ovf:size must not be negative</source>
        <translation>ovf:size ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="53"/>
        <source>%1 bytes in chunks of %2 need more chunks than nine digits can number</source>
        <translation>%1 octets en blocs de %2 exigent plus de blocs que neuf chiffres ne peuvent en numéroter</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="86"/>
        <source>is not a chunk of &apos;%1&apos;</source>
        <translation>n’est pas un bloc de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/package/chunkreassembler.cpp" line="90"/>
        <source>is one chunk too many: %1 bytes in chunks of %2 make %n chunk(s)</source>
        <translation>
            <numerusform>est un bloc de trop&#xa0;: %1 octets en blocs de %2 font %n bloc</numerusform>
            <numerusform>est un bloc de trop&#xa0;: %1 octets en blocs de %2 font %n blocs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="96"/>
        <location filename="../model/package/chunkreassembler.cpp" line="166"/>
        <source>comes after &apos;%1&apos; (chunks must be in order)</source>
        <translation>vient après «&#xa0;%1&#xa0;» (les blocs doivent être dans l’ordre)</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="100"/>
        <source>follows &apos;%1&apos;, whose size made it the last chunk</source>
        <translation>suit «&#xa0;%1&#xa0;», dont la taille en faisait le dernier bloc</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="104"/>
        <source>is missing (&apos;%1&apos; comes in its place)</source>
        <translation>est manquant («&#xa0;%1&#xa0;» vient à sa place)</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="111"/>
        <source>holds %1 bytes; as the last chunk it must hold %2 so that the chunks add up to ovf:size %3</source>
        <translation>contient %1 octets&#xa0;; en tant que dernier bloc, il doit en contenir %2 pour que les blocs totalisent ovf:size %3</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="115"/>
        <source>holds %1 bytes; every chunk but the last must hold ovf:chunkSize %2 bytes</source>
        <translation>contient %1 octets&#xa0;; chaque bloc sauf le dernier doit contenir ovf:chunkSize, soit %2 octets</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="121"/>
        <source>holds %1 bytes, more than ovf:chunkSize %2</source>
        <translation>contient %1 octets, plus que ovf:chunkSize %2</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="137"/>
        <source>is missing: %1 of %2 chunks found</source>
        <translation>est manquant&#xa0;: %1 blocs trouvés sur %2</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="140"/>
        <source>is missing: no chunk found</source>
        <translation>est manquant&#xa0;: aucun bloc trouvé</translation>
    </message>
    <message>
        <location filename="../model/package/chunkreassembler.cpp" line="150"/>
        <source>is present whole although the descriptor declares it chunked (ovf:chunkSize)</source>
        <translation>est présent en entier alors que le descripteur le déclare découpé en blocs (ovf:chunkSize)</translation>
    </message>
</context>
<context>
    <name>CompatibilityController</name>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="67"/>
        <source>Compatibility</source>
        <translation>Compatibilité</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="68"/>
        <source>&amp;Compatibility</source>
        <translation>&amp;Compatibilité</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="69"/>
        <source>Make Compatible &amp;with</source>
        <translation>Rendre compatible a&amp;vec</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="115"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="168"/>
        <source>when the package is written: %1</source>
        <translation>à l’écriture du paquet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="170"/>
        <source>not changed: %1</source>
        <translation>non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="171"/>
        <source>Make Compatible with %1</source>
        <translation>Rendre compatible avec %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="173"/>
        <source>Nothing in the document needed a fix for %1.</source>
        <translation>Rien dans le document ne nécessitait de correction pour %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/compatibilitycontroller.cpp" line="174"/>
        <source>%n changes for %1, as one edit (Edit &gt; Undo takes them back).</source>
        <translation>
            <numerusform>%n modification pour %1, en une seule action (Édition &gt; Annuler la défait).</numerusform>
            <numerusform>%n modifications pour %1, en une seule action (Édition &gt; Annuler les défait).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/compatibilitycontroller.cpp" line="183"/>
        <source>Package fixes (manifest, compression) are applied by ovfctl lint --fix -o OUT.ova.</source>
        <translation>Les corrections du paquet (manifeste, compression) sont appliquées par ovfctl lint --fix -o SORTIE.ova.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/compatibilitycontroller.cpp" line="189"/>
        <source>Made compatible with %1: %n changes</source>
        <translation>
            <numerusform>Rendu compatible avec %1&#xa0;: %n modification</numerusform>
            <numerusform>Rendu compatible avec %1&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompatibilityView</name>
    <message>
        <location filename="../views/compatibilityview.cpp" line="81"/>
        <source>Compatible</source>
        <translation>Compatible</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="83"/>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="84"/>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="85"/>
        <source>Parts ignored</source>
        <translation>Parties ignorées</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="94"/>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="94"/>
        <source>Targets: %1</source>
        <translation>Cibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="188"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="189"/>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="190"/>
        <source>Make Compatible with</source>
        <translation>Rendre compatible avec</translation>
    </message>
    <message>
        <location filename="../views/compatibilityview.cpp" line="191"/>
        <source>Apply the fixes for one target as one undoable edit</source>
        <translation>Appliquer les corrections pour une cible en une seule action annulable</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="16"/>
        <source>Deployment option</source>
        <translation>Option de déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="17"/>
        <source>Choose the configuration to deploy. It decides the virtual hardware and the default values.</source>
        <translation>Choisissez la configuration à déployer. Elle détermine le matériel virtuel et les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../wizards/configurationpage.cpp" line="75"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
</context>
<context>
    <name>ConfigurationValuesDialog</name>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="107"/>
        <source>Set per-configuration values of %1</source>
        <translation>Définir les valeurs par configuration de %1</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="122"/>
        <source>Values per deployment option: %1</source>
        <translation>Valeurs par option de déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="123"/>
        <source>A value here replaces the default value (%1) when that deployment option is chosen. Leave it empty to use the default.</source>
        <translation>Une valeur saisie ici remplace la valeur par défaut (%1) lorsque cette option de déploiement est choisie. Laissez vide pour utiliser la valeur par défaut.</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="125"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Deployment option</source>
        <translation>Option de déploiement</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/configurationvaluesdialog.cpp" line="126"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>DeployCleaner</name>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="112"/>
        <source>is not a folder any more; left alone</source>
        <translation>n’est plus un dossier&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="118"/>
        <source>could not be removed completely</source>
        <translation>n’a pas pu être entièrement supprimé</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="126"/>
        <source>is a folder now; left alone</source>
        <translation>est maintenant un dossier&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="154"/>
        <source>holds volumes now; left alone</source>
        <translation>contient maintenant des volumes&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="172"/>
        <source>a domain of this name with another UUID (%1) exists; left alone</source>
        <translation>un domaine de ce nom avec un autre UUID (%1) existe&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <location filename="../model/deploy/deploycleaner.cpp" line="210"/>
        <source>%1: the deployment is running (its journal is locked); nothing was changed</source>
        <translation>%1&#xa0;: le déploiement est en cours (son journal est verrouillé)&#xa0;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>DeployCleanupOffer</name>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="42"/>
        <source>%1 to %2, started %3</source>
        <translation>%1 vers %2, commencé le %3</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="43"/>
        <source>Deployment of %1 to %2 (started %3):</source>
        <translation>Déploiement de %1 vers %2 (commencé le %3)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="47"/>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="98"/>
        <source>Interrupted Deployments</source>
        <translation>Déploiements interrompus</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="49"/>
        <source>A deployment did not finish: the program was closed or killed while deploying. What it had created can be removed now; nothing else is touched.</source>
        <translation>Un déploiement ne s’est pas terminé&#xa0;: le programme a été fermé ou tué pendant le déploiement. Ce qu’il avait créé peut être supprimé maintenant&#xa0;; rien d’autre n’est touché.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/deploycleanupoffer.cpp" line="51"/>
        <source>%n deployments did not finish: the program was closed or killed while deploying. What they had created can be removed now; nothing else is touched.</source>
        <translation>
            <numerusform>%n déploiement ne s’est pas terminé&#xa0;: le programme a été fermé ou tué pendant le déploiement. Ce qu’il avait créé peut être supprimé maintenant&#xa0;; rien d’autre n’est touché.</numerusform>
            <numerusform>%n déploiements ne se sont pas terminés&#xa0;: le programme a été fermé ou tué pendant le déploiement. Ce qu’ils avaient créé peut être supprimé maintenant&#xa0;; rien d’autre n’est touché.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="58"/>
        <source>Remove Leftovers</source>
        <translation>Supprimer les restes</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="59"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="99"/>
        <source>Removed what the interrupted deployment had left: 1 item.</source>
        <translation>Les restes du déploiement interrompu ont été supprimés&#xa0;: 1 élément.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/deploycleanupoffer.cpp" line="100"/>
        <source>Removed what interrupted deployments had left: %n items.</source>
        <translation>
            <numerusform>Les restes des déploiements interrompus ont été supprimés&#xa0;: %n élément.</numerusform>
            <numerusform>Les restes des déploiements interrompus ont été supprimés&#xa0;: %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="102"/>
        <source>Some leftovers could not be removed; they are offered again at the next start.</source>
        <translation>Certains restes n’ont pas pu être supprimés&#xa0;; ils seront proposés de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="107"/>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/deploycleanupoffer.cpp" line="109"/>
        <source>Not removed: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeployJournal</name>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="77"/>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="78"/>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="79"/>
        <source>volume %1 in pool %2</source>
        <translation>volume %1 du pool %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="80"/>
        <source>storage pool %1</source>
        <translation>pool de stockage %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="81"/>
        <source>storage pool %1 and its folder</source>
        <translation>pool de stockage %1 et son dossier</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="82"/>
        <source>domain %1 (UUID %2)</source>
        <translation>domaine %1 (UUID %2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="83"/>
        <source>running domain %1 (UUID %2)</source>
        <translation>domaine en cours d’exécution %1 (UUID %2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="117"/>
        <source>cannot create the deploy journal folder</source>
        <translation>impossible de créer le dossier du journal de déploiement</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="130"/>
        <source>a journal of that name exists already</source>
        <translation>un journal de ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="134"/>
        <source>cannot create and lock the journal&apos;s lock file: %1</source>
        <translation>impossible de créer et de verrouiller le fichier de verrou du journal&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="178"/>
        <source>cannot write the deploy journal: %1</source>
        <translation>impossible d’écrire le journal de déploiement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="237"/>
        <source>cannot create a folder: %1</source>
        <translation>impossible de créer un dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="239"/>
        <source>cannot create a folder with a new name</source>
        <translation>impossible de créer un dossier sous un nouveau nom</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="251"/>
        <source>not a deploy journal (offset %1: %2)</source>
        <translation>pas un journal de déploiement (position %1&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="254"/>
        <source>not a deploy journal of this version</source>
        <translation>pas un journal de déploiement de cette version</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployjournal.cpp" line="274"/>
        <source>entry %1 is not valid</source>
        <translation>l’entrée %1 n’est pas valide</translation>
    </message>
</context>
<context>
    <name>DeployLauncher</name>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="26"/>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="27"/>
        <source>“%1” has unsaved changes.</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="27"/>
        <source>“%1” has not been saved to a file yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore été enregistré dans un fichier.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="28"/>
        <source>The deploy wizard deploys the package as it is on disk. Save the changes and deploy the saved package, or deploy the package as it was last saved?</source>
        <translation>L’assistant de déploiement déploie le paquet tel qu’il est sur le disque. Enregistrer les modifications et déployer le paquet enregistré, ou déployer le paquet tel qu’il a été enregistré la dernière fois&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="30"/>
        <source>The deploy wizard deploys a package on disk. Save the document first?</source>
        <translation>L’assistant de déploiement déploie un paquet présent sur le disque. Enregistrer d’abord le document&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="31"/>
        <source>&amp;Save and Deploy</source>
        <translation>&amp;Enregistrer et déployer</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="32"/>
        <source>Deploy &amp;Last Saved</source>
        <translation>Déployer la &amp;dernière version enregistrée</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="95"/>
        <source>A preview of the document being edited: nothing was verified.</source>
        <translation>Un aperçu du document en cours de modification&#xa0;: rien n’a été vérifié.</translation>
    </message>
    <message>
        <location filename="../app/gui/deploylauncher.cpp" line="113"/>
        <source>&apos;%1&apos; cannot be read: the document has not been saved yet</source>
        <translation>«&#xa0;%1&#xa0;» est illisible&#xa0;: le document n’a pas encore été enregistré</translation>
    </message>
</context>
<context>
    <name>DeploySession</name>
    <message>
        <location filename="../wizards/deploysession.cpp" line="182"/>
        <source>License %1 of the package</source>
        <translation>Licence %1 du paquet</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="183"/>
        <source>License %1 of %2</source>
        <translation>Licence %1 de %2</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="194"/>
        <source>%1: %2 accepted a different text (its SHA-256 is not that of the package&apos;s text), so it must be accepted again.</source>
        <translation>%1&#xa0;: %2 a accepté un texte différent (son SHA-256 n’est pas celui du texte du paquet)&#xa0;; il faut donc l’accepter à nouveau.</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="199"/>
        <source>%1: %2 does not accept it, so it must be accepted here.</source>
        <translation>%1&#xa0;: %2 ne l’accepte pas&#xa0;; il faut donc l’accepter ici.</translation>
    </message>
    <message>
        <location filename="../wizards/deploysession.cpp" line="203"/>
        <source>%1 accepts license %2 of &quot;%3&quot;, which this package does not have; ignored.</source>
        <translation>%1 accepte la licence %2 de «&#xa0;%3&#xa0;», que ce paquet n’a pas&#xa0;; ignoré.</translation>
    </message>
</context>
<context>
    <name>DeployWizard</name>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="31"/>
        <source>Deploy Appliance</source>
        <translation>Déployer l’appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="50"/>
        <source>&amp;Load Answers…</source>
        <translation>&amp;Charger des réponses…</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="53"/>
        <source>Fill in the following pages from an answer file saved by this wizard or by ovfctl deploy.</source>
        <translation>Remplir les pages suivantes à partir d’un fichier de réponses enregistré par cet assistant ou par ovfctl deploy.</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="63"/>
        <source>Preview Deployment</source>
        <translation>Aperçu du déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="69"/>
        <source>Close Preview</source>
        <translation>Fermer l’aperçu</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="105"/>
        <location filename="../wizards/deploywizard.cpp" line="134"/>
        <source>Load Answer File</source>
        <translation>Charger un fichier de réponses</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="106"/>
        <source>Answer files (*.json);;All files (*)</source>
        <translation>Fichiers de réponses (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="116"/>
        <source>The answer file was not loaded; nothing was changed.

%1</source>
        <translation>Le fichier de réponses n’a pas été chargé&#xa0;; rien n’a été modifié.

%1</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="126"/>
        <source>Deploy Appliance — answers from %1</source>
        <translation>Déployer l’appliance virtuelle — réponses de %1</translation>
    </message>
    <message>
        <location filename="../wizards/deploywizard.cpp" line="128"/>
        <source>The answer file was loaded with warnings:</source>
        <translation>Le fichier de réponses a été chargé avec des avertissements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Deployer</name>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="34"/>
        <location filename="../model/deploy/deployer.cpp" line="196"/>
        <source>not removed: %1</source>
        <translation>non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="41"/>
        <source>Verifying the package</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="42"/>
        <source>Checking the plan</source>
        <translation>Contrôle du plan</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="43"/>
        <source>Converting disks</source>
        <translation>Conversion des disques</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="44"/>
        <source>Writing the OVF environment</source>
        <translation>Écriture de l’environnement OVF</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="45"/>
        <source>Defining virtual machines</source>
        <translation>Définition des machines virtuelles</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="46"/>
        <source>Starting virtual machines</source>
        <translation>Démarrage des machines virtuelles</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="47"/>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="89"/>
        <source>%1: the package is invalid and is not deployed</source>
        <translation>%1&#xa0;: le paquet n’est pas valide et n’est pas déployé</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="100"/>
        <source>%1: the package has no manifest, so its disks cannot be checked; it is not deployed without an explicit acknowledgement (--allow-unchecked)</source>
        <translation>%1&#xa0;: le paquet n’a pas de manifeste, ses disques ne peuvent donc pas être vérifiés&#xa0;; il n’est pas déployé sans accord explicite (--allow-unchecked)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="102"/>
        <source>%1: the manifest does not cover the package completely, so some of it cannot be checked; it is not deployed without an explicit acknowledgement (--allow-unchecked)</source>
        <translation>%1&#xa0;: le manifeste ne couvre pas tout le paquet, une partie ne peut donc pas être vérifiée&#xa0;; il n’est pas déployé sans accord explicite (--allow-unchecked)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="109"/>
        <source>deployed with the operator&apos;s acknowledgement that the package is %1</source>
        <translation>déployé avec l’accord de l’opérateur, bien que le paquet soit %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="127"/>
        <source>the deployment plan has problems</source>
        <translation>le plan de déploiement présente des problèmes</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="135"/>
        <source>%1: disk %2 has no file (a blank disk); creating blank disks is not supported yet</source>
        <translation>%1&#xa0;: le disque %2 n’a pas de fichier (disque vierge)&#xa0;; la création de disques vierges n’est pas encore prise en charge</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="138"/>
        <source>%1: disk %2: %3</source>
        <translation>%1&#xa0;: disque %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="171"/>
        <source>%1; nothing was created</source>
        <translation>%1&#xa0;; rien n’a été créé</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="214"/>
        <source>%1: could not be removed completely</source>
        <translation>%1&#xa0;: n’a pas pu être entièrement supprimé</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="267"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="332"/>
        <source>%1: environment transport &apos;%2&apos; is not offered by this target; the guest gets no OVF environment</source>
        <translation>%1&#xa0;: le transport d’environnement «&#xa0;%2&#xa0;» n’est pas proposé par cette cible&#xa0;; l’invité ne reçoit pas d’environnement OVF</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="389"/>
        <source>%1: its digest was deferred, but it cannot be read in place</source>
        <translation>%1&#xa0;: son empreinte a été différée, mais il ne peut pas être lu sur place</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployer.cpp" line="395"/>
        <source>%1: does not match its manifest digest; nothing was kept</source>
        <translation>%1&#xa0;: ne correspond pas à l’empreinte de son manifeste&#xa0;; rien n’a été conservé</translation>
    </message>
</context>
<context>
    <name>DeployerDomain</name>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="18"/>
        <source>firmware: UEFI (OVMF), as the package asks (%1)%2</source>
        <translation>micrologiciel&#xa0;: UEFI (OVMF), comme le demande le paquet (%1)%2</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="19"/>
        <source>, with secure boot</source>
        <translation>, avec démarrage sécurisé</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="21"/>
        <source>firmware: UEFI (OVMF), as chosen for this deployment</source>
        <translation>micrologiciel&#xa0;: UEFI (OVMF), comme choisi pour ce déploiement</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="23"/>
        <source>firmware: BIOS as chosen, although the package asks for UEFI (%1)</source>
        <translation>micrologiciel&#xa0;: BIOS comme choisi, bien que le paquet demande UEFI (%1)</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="25"/>
        <source>secure boot is asked for but needs UEFI; not applied</source>
        <translation>le démarrage sécurisé est demandé mais exige UEFI&#xa0;; non appliqué</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="35"/>
        <source>machine: q35, which secure boot needs</source>
        <translation>machine&#xa0;: q35, nécessaire au démarrage sécurisé</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="36"/>
        <source>machine: q35, for the boot disk on SATA</source>
        <translation>machine&#xa0;: q35, pour le disque d’amorçage en SATA</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="67"/>
        <source>IDE drives are attached to SATA: the q35 machine has no IDE</source>
        <translation>les lecteurs IDE sont rattachés en SATA&#xa0;: la machine q35 n’a pas d’IDE</translation>
    </message>
    <message>
        <location filename="../model/deploy/deployerdomain.cpp" line="125"/>
        <source>no free drive slot for the OVF environment CD-ROM</source>
        <translation>aucun emplacement de lecteur libre pour le CD-ROM d’environnement OVF</translation>
    </message>
</context>
<context>
    <name>DeploymentOptionsEditor</name>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="115"/>
        <source>Edit the label of deployment option %1</source>
        <translation>Modifier le libellé de l’option de déploiement %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="121"/>
        <location filename="../views/deploymentoptionseditor.cpp" line="127"/>
        <source>Edit the description of deployment option %1</source>
        <translation>Modifier la description de l’option de déploiement %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="211"/>
        <source>No deployment options: the appliance deploys in one way.</source>
        <translation>Aucune option de déploiement&#xa0;: l’appliance virtuelle se déploie d’une seule façon.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="212"/>
        <source>Deployment options: %n. The default one is used when the operator does not choose.</source>
        <translation>
            <numerusform>Options de déploiement&#xa0;: %n. L’option par défaut s’applique quand l’opérateur ne choisit pas.</numerusform>
            <numerusform>Options de déploiement&#xa0;: %n. L’option par défaut s’applique quand l’opérateur ne choisit pas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/deploymentoptionseditor.cpp" line="242"/>
        <source>ovf:configuration attributes naming it: %n</source>
        <translation>
            <numerusform>Attributs ovf:configuration qui la nomment&#xa0;: %n</numerusform>
            <numerusform>Attributs ovf:configuration qui la nomment&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="245"/>
        <source>Label: %1</source>
        <translation>Libellé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="247"/>
        <source>Description: %1</source>
        <translation>Description&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="198"/>
        <source>%1 — %2 (default)</source>
        <comment>a deployment option: id, label</comment>
        <translation>%1 — %2 (par défaut)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="199"/>
        <source>%1 (default)</source>
        <comment>a deployment option&apos;s id</comment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="288"/>
        <source>Add deployment option %1</source>
        <translation>Ajouter l’option de déploiement %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="304"/>
        <source>Remove deployment option %1</source>
        <translation>Supprimer l’option de déploiement %1</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="315"/>
        <source>Make %1 the default deployment option</source>
        <translation>Faire de %1 l’option de déploiement par défaut</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="316"/>
        <source>Make %1 no longer the default</source>
        <translation>Retirer à %1 le statut d’option par défaut</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="321"/>
        <source>Deployment options</source>
        <translation>Options de déploiement</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="322"/>
        <source>Add Option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="323"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="325"/>
        <source>Id:</source>
        <translation>Id&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="325"/>
        <source>Label:</source>
        <translation>Libellé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="325"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="333"/>
        <source>Default option (ovf:default)</source>
        <translation>Option par défaut (ovf:default)</translation>
    </message>
    <message>
        <location filename="../views/deploymentoptionseditor.cpp" line="334"/>
        <source>Renaming updates every ovf:configuration reference; it is applied when you leave the field</source>
        <translation>Le renommage met à jour chaque référence ovf:configuration&#xa0;; il s’applique quand vous quittez le champ</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../wizards/detailspage.cpp" line="25"/>
        <source>Appliance details</source>
        <translation>Détails de l’appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="26"/>
        <source>What the package contains.</source>
        <translation>Ce que contient le paquet.</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="50"/>
        <source>The language the package&apos;s texts (product, licenses, properties, options) are shown in; a missing translation falls back to the language alone (de-AT → de), then to the default text</source>
        <translation>La langue dans laquelle les textes du paquet (produit, licences, propriétés, options) sont affichés&#xa0;; une traduction manquante se rabat sur la langue seule (de-AT → de), puis sur le texte par défaut</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="62"/>
        <source>Texts in:</source>
        <translation>Textes en&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="64"/>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="65"/>
        <source>Vendor:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="66"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="67"/>
        <source>Virtual machines:</source>
        <translation>Machines virtuelles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="68"/>
        <source>Download size:</source>
        <translation>Taille du téléchargement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="69"/>
        <source>Size on disk:</source>
        <translation>Taille sur le disque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="75"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="107"/>
        <source>Default texts (%1)</source>
        <translation>Textes par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="119"/>
        <source>Some translations could not be read: %1</source>
        <translation>Certaines traductions sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="128"/>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="112"/>
        <location filename="../wizards/detailspage.cpp" line="152"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="172"/>
        <source>up to %1 (one disk)</source>
        <translation>jusqu’à %1 (un disque)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="173"/>
        <source>up to %1 (%2 disks)</source>
        <translation>jusqu’à %1 (%2 disques)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="175"/>
        <source>(disks of unknown capacity: %1)</source>
        <translation>(disques de capacité inconnue&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../wizards/detailspage.cpp" line="190"/>
        <source>The package has no description.</source>
        <translation>Le paquet n’a pas de description.</translation>
    </message>
</context>
<context>
    <name>DetailsView</name>
    <message>
        <location filename="../views/detailsview.cpp" line="68"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="68"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="84"/>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="85"/>
        <source>Select a node in the tree to see its attributes.</source>
        <translation>Sélectionnez un nœud dans l’arborescence pour voir ses attributs.</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="91"/>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="102"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="107"/>
        <source>Namespace declarations</source>
        <translation>Déclarations d’espaces de noms</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="116"/>
        <source>Child elements</source>
        <translation>Éléments enfants</translation>
    </message>
    <message>
        <location filename="../views/detailsview.cpp" line="125"/>
        <source>No attributes</source>
        <translation>Aucun attribut</translation>
    </message>
</context>
<context>
    <name>DeviceDetailsPanel</name>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="161"/>
        <source>(not connected)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="167"/>
        <source>%1 (not in the NetworkSection)</source>
        <translation>%1 (absent de la NetworkSection)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="184"/>
        <location filename="../views/devicedetailspanel.cpp" line="210"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="193"/>
        <source>(empty drive)</source>
        <translation>(lecteur vide)</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="235"/>
        <source>Attach disk %1 to %2</source>
        <translation>Rattacher le disque %1 à %2</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="253"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="253"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="253"/>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="254"/>
        <source>MAC address:</source>
        <translation>Adresse MAC&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="254"/>
        <source>Disk:</source>
        <translation>Disque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="254"/>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="255"/>
        <source>Controller:</source>
        <translation>Contrôleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="255"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="260"/>
        <source>assigned at deployment</source>
        <translation>attribuée au déploiement</translation>
    </message>
    <message>
        <location filename="../views/devicedetailspanel.cpp" line="261"/>
        <source>ResourceSubType: the adapter or controller model the platform emulates</source>
        <translation>ResourceSubType&#xa0;: le modèle de carte ou de contrôleur émulé par la plateforme</translation>
    </message>
</context>
<context>
    <name>DiskConverter</name>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="74"/>
        <source>not a readable regular file</source>
        <translation>pas un fichier ordinaire lisible</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="77"/>
        <source>the byte range lies outside the file</source>
        <translation>la plage d’octets est hors du fichier</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="150"/>
        <source>read failed: %1</source>
        <translation>échec de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="161"/>
        <source>the bytes read do not match the verified %1 digest (expected %2, read %3); nothing was kept</source>
        <translation>les octets lus ne correspondent pas à l’empreinte %1 vérifiée (attendu %2, lu %3)&#xa0;; rien n’a été conservé</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="184"/>
        <source>the disk filled up during the conversion: %1 bytes were written (from a source of %2 bytes), %3 bytes are free; nothing was kept (%4)</source>
        <translation>le disque s’est rempli pendant la conversion&#xa0;: %1 octets écrits (d’une source de %2 octets), %3 octets libres&#xa0;; rien n’a été conservé (%4)</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="189"/>
        <source>the filesystem is read-only: %1</source>
        <translation>le système de fichiers est en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="190"/>
        <source>qemu-img convert failed: %1</source>
        <translation>échec de qemu-img convert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="196"/>
        <source>the file changed while it was read; nothing was kept</source>
        <translation>le fichier a changé pendant sa lecture&#xa0;; rien n’a été conservé</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="199"/>
        <source>cannot rename the converted disk into place</source>
        <translation>impossible de mettre en place le disque converti par renommage</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="211"/>
        <source>no verified package</source>
        <translation>aucun paquet vérifié</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="213"/>
        <source>the package failed verification</source>
        <translation>le paquet a échoué à la vérification</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="220"/>
        <source>no such File in References</source>
        <translation>aucun File de ce nom dans References</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="224"/>
        <source>the file did not pass verification</source>
        <translation>le fichier n’a pas passé la vérification</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="234"/>
        <source>no Disk with a known ovf:format references this file</source>
        <translation>aucun Disk avec un ovf:format connu ne référence ce fichier</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="248"/>
        <source>the member has no verified digest</source>
        <translation>le membre n’a pas d’empreinte vérifiée</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="258"/>
        <source>its size changed since verification</source>
        <translation>sa taille a changé depuis la vérification</translation>
    </message>
    <message>
        <location filename="../model/deploy/diskconverter.cpp" line="274"/>
        <source>its digest was deferred, but it is not stored in place</source>
        <translation>son empreinte a été différée, mais il n’est pas stocké sur place</translation>
    </message>
</context>
<context>
    <name>DiskImageList</name>
    <message>
        <location filename="../views/diskimagelist.cpp" line="63"/>
        <source>Choose Disk Images</source>
        <translation>Choisir des images disque</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="64"/>
        <source>Disk images (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;All files (*)</source>
        <translation>Images disque (*.qcow2 *.img *.raw *.vmdk *.vdi *.vhd *.vhdx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="146"/>
        <source>inspecting…</source>
        <translation>analyse…</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="152"/>
        <source>cannot be used</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="161"/>
        <source>%1 of data</source>
        <translation>%1 de données</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="166"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="167"/>
        <source>Add Images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="168"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/diskimagelist.cpp" line="169"/>
        <source>raw, qcow2, VMDK, VDI, VHD or VHDX images; they are read, never changed, and converted to a streamOptimized VMDK when the package is saved</source>
        <translation>images raw, qcow2, VMDK, VDI, VHD ou VHDX&#xa0;; elles sont lues, jamais modifiées, et converties en VMDK streamOptimized à l’enregistrement du paquet</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../app/gui/documentcontroller.cpp" line="153"/>
        <source>&apos;%1&apos; cannot be read: the document has not been saved yet</source>
        <translation>«&#xa0;%1&#xa0;» est illisible&#xa0;: le document n’a pas encore été enregistré</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="135"/>
        <source>not a package</source>
        <translation>pas un paquet</translation>
    </message>
    <message>
        <location filename="../app/gui/documentloader.cpp" line="143"/>
        <source>the package is invalid and was not opened:
%1</source>
        <translation>le paquet n’est pas valide et n’a pas été ouvert&#xa0;:
%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentloader.cpp" line="189"/>
        <source>%n member(s) no File references will not be saved with the package</source>
        <translation>
            <numerusform>%n membre qu’aucun File ne référence ne sera pas enregistré avec le paquet</numerusform>
            <numerusform>%n membres qu’aucun File ne référence ne seront pas enregistrés avec le paquet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentOrigin</name>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="54"/>
        <source>OVA</source>
        <translation>OVA</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="55"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="56"/>
        <source>OVF folder</source>
        <translation>Dossier OVF</translation>
    </message>
    <message>
        <location filename="../app/gui/documentorigin.cpp" line="63"/>
        <source>OVF descriptor</source>
        <translation>Descripteur OVF</translation>
    </message>
</context>
<context>
    <name>DocumentSaver</name>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="134"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/documentsaver.cpp" line="206"/>
        <source>the files carried over were not compared with the digests checked when the package was opened (they were checked in another algorithm)</source>
        <translation>les fichiers repris n’ont pas été comparés aux empreintes vérifiées à l’ouverture du paquet (elles l’ont été avec un autre algorithme)</translation>
    </message>
</context>
<context>
    <name>DocumentSummary</name>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="22"/>
        <source>1 virtual system</source>
        <translation>1 système virtuel</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentsummary.cpp" line="23"/>
        <source>%n virtual systems</source>
        <translation>
            <numerusform>%n système virtuel</numerusform>
            <numerusform>%n systèmes virtuels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="24"/>
        <source>1 property</source>
        <translation>1 propriété</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/documentsummary.cpp" line="24"/>
        <source>%n properties</source>
        <translation>
            <numerusform>%n propriété</numerusform>
            <numerusform>%n propriétés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/documentsummary.cpp" line="25"/>
        <source>Opened %1: %2, %3</source>
        <translation>Ouvert %1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>DocumentWorkspace</name>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="272"/>
        <source>Create a new appliance, or open an OVF descriptor or package (or drop one here)</source>
        <translation>Créez une nouvelle appliance virtuelle, ou ouvrez un descripteur ou un paquet OVF (ou déposez-le ici)</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="273"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="274"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="275"/>
        <source>Translations</source>
        <translation>Traductions</translation>
    </message>
    <message>
        <location filename="../app/gui/documentworkspace.cpp" line="276"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
<context>
    <name>DomainXmlBuilder</name>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="42"/>
        <source>memory item %1: %2; using 512 MiB</source>
        <translation>élément mémoire %1&#xa0;: %2&#xa0;; 512 Mio utilisés</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="43"/>
        <source>zero</source>
        <translation>zéro</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="141"/>
        <source>processor item %1: &apos;%2&apos; is not a usable CPU count; using 1</source>
        <translation>élément processeur %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre de processeurs utilisable&#xa0;; 1 utilisé</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="149"/>
        <source>IDE controller %1: QEMU&apos;s PIIX has two IDE channels; its devices go to the first</source>
        <translation>contrôleur IDE %1&#xa0;: le PIIX de QEMU a deux canaux IDE&#xa0;; ses périphériques vont sur le premier</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="159"/>
        <source>SCSI controller %1: QEMU has no &apos;%2&apos; controller; using virtio-scsi</source>
        <translation>contrôleur SCSI %1&#xa0;: QEMU n’a pas de contrôleur «&#xa0;%2&#xa0;»&#xa0;; virtio-scsi utilisé</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="174"/>
        <source>storage controller %1 (&apos;%2&apos;): attached as a SATA (AHCI) controller</source>
        <translation>contrôleur de stockage %1 («&#xa0;%2&#xa0;»)&#xa0;: rattaché comme contrôleur SATA (AHCI)</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="203"/>
        <source>%1: parent controller %2 not found; attached to IDE</source>
        <translation>%1&#xa0;: contrôleur parent %2 introuvable&#xa0;; rattaché en IDE</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="254"/>
        <source>%1: no free unit on its controller; left out</source>
        <translation>%1&#xa0;: aucune unité libre sur son contrôleur&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="269"/>
        <source>disk drive %1 names no disk; left out</source>
        <translation>le lecteur de disque %1 ne désigne aucun disque&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="284"/>
        <source>network adapter %1: QEMU has no &apos;%2&apos;; using e1000</source>
        <translation>carte réseau %1&#xa0;: QEMU n’a pas de «&#xa0;%2&#xa0;»&#xa0;; e1000 utilisé</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="299"/>
        <source>floppy drive %1 ignored</source>
        <translation>lecteur de disquette %1 ignoré</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="302"/>
        <source>sound card %1 ignored</source>
        <translation>carte son %1 ignorée</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="305"/>
        <source>parallel port %1 ignored</source>
        <translation>port parallèle %1 ignoré</translation>
    </message>
    <message>
        <location filename="../model/deploy/domainxmlbuilder.cpp" line="311"/>
        <source>%1 (resource type %2) ignored</source>
        <translation>%1 (type de ressource %2) ignoré</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../wizards/donepage.cpp" line="14"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="42"/>
        <source>The appliance was deployed.</source>
        <translation>L’appliance virtuelle a été déployée.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="43"/>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="43"/>
        <source>Defined at %1.</source>
        <translation>Défini sur %1.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="44"/>
        <source>Virtual machines: %1</source>
        <translation>Machines virtuelles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="47"/>
        <source>To define them in libvirt, run the script in the folder (it takes a connection URI, qemu:///system by default):</source>
        <translation>Pour les définir dans libvirt, exécutez le script du dossier (il prend une URI de connexion, qemu:///system par défaut)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="53"/>
        <source>The deployment was cancelled.</source>
        <translation>Le déploiement a été annulé.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="54"/>
        <source>Cancelled: everything created so far was removed.</source>
        <translation>Annulé&#xa0;: tout ce qui avait été créé a été supprimé.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="56"/>
        <source>The deployment failed.</source>
        <translation>Le déploiement a échoué.</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="57"/>
        <source>The deployment failed: %1</source>
        <translation>Le déploiement a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="60"/>
        <source>These could not be removed:</source>
        <translation>Impossible de supprimer ces éléments&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/donepage.cpp" line="66"/>
        <source>Steps:</source>
        <translation>Étapes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DuplicateEntityCommand</name>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="59"/>
        <source>Only virtual systems and collections are duplicated here.</source>
        <translation>Seuls les systèmes virtuels et les collections sont dupliqués ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="61"/>
        <source>The Envelope holds exactly one virtual system or collection; duplicate the entities inside a collection instead.</source>
        <translation>L’Envelope contient exactement un système virtuel ou une collection&#xa0;; dupliquez plutôt les entités au sein d’une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="73"/>
        <source>Duplicate collection &apos;%1&apos; as &apos;%2&apos;</source>
        <translation>Dupliquer la collection «&#xa0;%1&#xa0;» sous le nom «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/duplicateentitycommand.cpp" line="74"/>
        <source>Duplicate virtual system &apos;%1&apos; as &apos;%2&apos;</source>
        <translation>Dupliquer le système virtuel «&#xa0;%1&#xa0;» sous le nom «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EditXmlCommand</name>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="211"/>
        <source>Processing instructions are not kept in an edited element; remove this one.</source>
        <translation>Les instructions de traitement ne sont pas conservées dans un élément modifié&#xa0;; supprimez celle-ci.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="248"/>
        <source>There is no element to edit.</source>
        <translation>Il n’y a aucun élément à modifier.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="267"/>
        <source>Only one element can stand here: this is a second one.</source>
        <translation>Un seul élément peut figurer ici&#xa0;: celui-ci est un deuxième.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="268"/>
        <source>Only whitespace may come before or after the element.</source>
        <translation>Seuls des blancs peuvent précéder ou suivre l’élément.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="272"/>
        <source>The text holds no element.</source>
        <translation>Le texte ne contient aucun élément.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="274"/>
        <source>The descriptor&apos;s root must stay an Envelope in namespace %1 (found &lt;%2&gt; in %3).</source>
        <translation>La racine du descripteur doit rester une Envelope dans l’espace de noms %1 (trouvé &lt;%2&gt; dans %3).</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="277"/>
        <source>no namespace</source>
        <translation>aucun espace de noms</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="280"/>
        <source>The root element keeps its name &lt;%1&gt;; change what is inside it.</source>
        <translation>L’élément racine garde son nom &lt;%1&gt;&#xa0;; modifiez son contenu.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="283"/>
        <source>The text is what the document holds: nothing to apply.</source>
        <translation>Le texte est identique au contenu du document&#xa0;: rien à appliquer.</translation>
    </message>
    <message>
        <location filename="../model/commands/editxmlcommand.cpp" line="286"/>
        <source>Edit the XML of %1</source>
        <translation>Modifier le XML de %1</translation>
    </message>
</context>
<context>
    <name>EffectiveConfiguration</name>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="207"/>
        <source>the virtual system has no VirtualHardwareSection</source>
        <translation>le système virtuel n’a pas de VirtualHardwareSection</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="216"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="225"/>
        <source>no VirtualHardwareSection has a virtual system type that QEMU/KVM can run: %1</source>
        <translation>aucune VirtualHardwareSection n’a un type de système virtuel exécutable par QEMU/KVM&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="228"/>
        <source>showing the hardware of the first VirtualHardwareSection (%1)</source>
        <translation>affichage du matériel de la première VirtualHardwareSection (%1)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="233"/>
        <source>VirtualHardwareSection %1 of %2 chosen (type %3; types offered: %4)</source>
        <translation>VirtualHardwareSection %1 sur %2 choisie (type %3&#xa0;; types proposés&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="260"/>
        <source>the package has no deployment options (no DeploymentOptionSection)</source>
        <translation>le paquet n’a pas d’options de déploiement (pas de DeploymentOptionSection)</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="263"/>
        <source>the package has no deployment option with this id</source>
        <translation>le paquet n’a pas d’option de déploiement avec cet identifiant</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveconfiguration.cpp" line="267"/>
        <source>the Envelope has no VirtualSystem</source>
        <translation>l’Envelope n’a pas de VirtualSystem</translation>
    </message>
</context>
<context>
    <name>EffectiveItem</name>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="145"/>
        <source>memory quantity %1 has no AllocationUnits</source>
        <translation>la quantité de mémoire %1 n’a pas d’AllocationUnits</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="150"/>
        <source>memory AllocationUnits &apos;%1&apos; is not a byte unit</source>
        <translation>l’AllocationUnits de mémoire «&#xa0;%1&#xa0;» n’est pas une unité d’octets</translation>
    </message>
    <message>
        <location filename="../model/deploy/effectiveitem.cpp" line="174"/>
        <source>memory size overflows</source>
        <translation>la taille mémoire déborde</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <location filename="../views/entityeditor.cpp" line="116"/>
        <source>Renaming updates the startup order and scale-out entries that refer to it.</source>
        <translation>Le renommage met à jour les entrées d’ordre de démarrage et de scale-out qui y font référence.</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="117"/>
        <source>Renaming updates the startup order entries that refer to it.</source>
        <translation>Le renommage met à jour les entrées d’ordre de démarrage qui y font référence.</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="128"/>
        <source>Virtual system collection</source>
        <translation>Collection de systèmes virtuels</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="128"/>
        <source>Virtual system</source>
        <translation>Système virtuel</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="129"/>
        <source>Id:</source>
        <translation>Id&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="129"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="129"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="136"/>
        <source>ovf:id: unique in the descriptor, no spaces; committed when you leave the field</source>
        <translation>ovf:id&#xa0;: unique dans le descripteur, sans espaces&#xa0;; validé quand vous quittez le champ</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="137"/>
        <source>A name for people (optional)</source>
        <translation>Un nom pour les humains (facultatif)</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="138"/>
        <source>What this is, in a sentence (required by OVF)</source>
        <translation>Ce que c’est, en une phrase (exigé par OVF)</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="140"/>
        <source>Startup order (drag rows to reorder)</source>
        <translation>Ordre de démarrage (faites glisser les lignes pour réordonner)</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="141"/>
        <source>Add a Startup Order</source>
        <translation>Ajouter un ordre de démarrage</translation>
    </message>
    <message>
        <location filename="../views/entityeditor.cpp" line="142"/>
        <source>Adds a StartupSection: the order and delays in which the systems power on</source>
        <translation>Ajoute une StartupSection&#xa0;: l’ordre et les délais de mise sous tension des systèmes</translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeBuilder</name>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="89"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="90"/>
        <source>1 file</source>
        <translation>1 fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="90"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="99"/>
        <source>compressed (%1)</source>
        <translation>compressé (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="101"/>
        <source>chunked</source>
        <translation>en blocs</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="135"/>
        <source>Shared disks</source>
        <translation>Disques partagés</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="135"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="141"/>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="141"/>
        <source>blank</source>
        <translation>vierge</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="143"/>
        <source>delta of %1</source>
        <translation>delta de %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="150"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="159"/>
        <source>Deployment options</source>
        <translation>Options de déploiement</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="164"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="164"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="179"/>
        <source>Virtual hardware</source>
        <translation>Matériel virtuel</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="179"/>
        <source>Virtual hardware (%1)</source>
        <translation>Matériel virtuel (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="184"/>
        <source>Resource allocation</source>
        <translation>Allocation des ressources</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="189"/>
        <source>License agreement</source>
        <translation>Contrat de licence</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="192"/>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="200"/>
        <source>Operating system %1</source>
        <translation>Système d’exploitation %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="205"/>
        <source>Startup order</source>
        <translation>Ordre de démarrage</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="207"/>
        <source>order %1</source>
        <translation>ordre %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="209"/>
        <source>start delay %1 s</source>
        <translation>délai de démarrage %1 s</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="211"/>
        <source>stop delay %1 s</source>
        <translation>délai d’arrêt %1 s</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="217"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="220"/>
        <source>Environment files</source>
        <translation>Fichiers d’environnement</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="223"/>
        <source>Boot devices</source>
        <translation>Périphériques d’amorçage</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="226"/>
        <source>Scale-out %1</source>
        <translation>Scale-out %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="231"/>
        <source>Placement group %1</source>
        <translation>Groupe de placement %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="234"/>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="237"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="247"/>
        <source>Extension section (required)</source>
        <translation>Section d’extension (obligatoire)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="247"/>
        <source>Extension section</source>
        <translation>Section d’extension</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="257"/>
        <source>%1 %2</source>
        <comment>product name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="261"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="270"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="279"/>
        <source>Property (%1)</source>
        <translation>Propriété (%1)</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="287"/>
        <source>1 property</source>
        <translation>1 propriété</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="287"/>
        <source>%n properties</source>
        <translation>
            <numerusform>%n propriété</numerusform>
            <numerusform>%n propriétés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="297"/>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="312"/>
        <source>1 CPU</source>
        <translation>1 processeur</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="312"/>
        <source>%1 CPUs</source>
        <translation>%1 processeurs</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="316"/>
        <source>%1 %2</source>
        <comment>quantity and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="322"/>
        <source>network %1</source>
        <translation>réseau %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="327"/>
        <source>%1 bound</source>
        <translation>%1 lié</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="330"/>
        <source>only in %1</source>
        <translation>uniquement dans %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="338"/>
        <source>external bundle, file %1</source>
        <translation>catalogue de chaînes externe, fichier %1</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="339"/>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/items/envelopetreebuilder.cpp" line="339"/>
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreebuilder.cpp" line="341"/>
        <source>(no language)</source>
        <translation>(aucune langue)</translation>
    </message>
</context>
<context>
    <name>EnvelopeTreeView</name>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="231"/>
        <source>Add &amp;Virtual System</source>
        <translation>Ajouter un système &amp;virtuel</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="232"/>
        <source>Add &amp;Collection</source>
        <translation>Ajouter une &amp;collection</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="233"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="234"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="235"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="236"/>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="237"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="238"/>
        <source>Remove &amp;Section</source>
        <translation>Supprimer la s&amp;ection</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="239"/>
        <source>Add &amp;Section</source>
        <translation>&amp;Ajouter une section</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="240"/>
        <source>Add &amp;Disk…</source>
        <translation>Ajouter un &amp;disque…</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="241"/>
        <source>Add a disk to the selected virtual system: a new empty disk or a disk image</source>
        <translation>Ajouter un disque au système virtuel sélectionné&#xa0;: un nouveau disque vide ou une image disque</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="242"/>
        <source>Add &amp;Network Adapter…</source>
        <translation>Ajouter une carte &amp;réseau…</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="243"/>
        <source>Add a network adapter to the selected virtual system</source>
        <translation>Ajouter une carte réseau au système virtuel sélectionné</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="244"/>
        <source>Add a virtual system to the selected collection</source>
        <translation>Ajouter un système virtuel à la collection sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="245"/>
        <source>Add a virtual system collection to the selected collection</source>
        <translation>Ajouter une collection de systèmes virtuels à la collection sélectionnée</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="385"/>
        <source>Select a collection (or a virtual system in one) to add to.</source>
        <translation>Sélectionnez une collection (ou un système virtuel qui en fait partie) où ajouter.</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="432"/>
        <source>Cut a virtual system or collection first, then select the collection to move it to.</source>
        <translation>Coupez d’abord un système virtuel ou une collection, puis sélectionnez la collection où le déplacer.</translation>
    </message>
    <message>
        <location filename="../views/envelopetreeview.cpp" line="436"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EulaEditor</name>
    <message>
        <location filename="../views/eulaeditor.cpp" line="26"/>
        <source>Edit the license section&apos;s Info</source>
        <translation>Modifier l’Info de la section de licence</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="60"/>
        <source>Import License Text</source>
        <translation>Importer le texte de licence</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="61"/>
        <source>Text files (*.txt *.text *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.text *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="74"/>
        <source>Edit the license text</source>
        <translation>Modifier le texte de licence</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="90"/>
        <source>Import the license text from %1</source>
        <translation>Importer le texte de licence depuis %1</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="96"/>
        <source>Imported %1 (%2)</source>
        <translation>%1 importé (%2)</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="125"/>
        <source>the package</source>
        <translation>le paquet</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="126"/>
        <source>License agreement of %1</source>
        <translation>Contrat de licence de %1</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="134"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="136"/>
        <source>The license text the operator must accept before deploying</source>
        <translation>Le texte de licence que l’opérateur doit accepter avant de déployer</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="137"/>
        <source>Import from File…</source>
        <translation>Importer depuis un fichier…</translation>
    </message>
    <message>
        <location filename="../views/eulaeditor.cpp" line="138"/>
        <source>Replace the license text by the contents of a text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>Remplacer le texte de licence par le contenu d’un fichier texte (UTF-8, UTF-16 ou Latin-1)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../app/gui/exportcontroller.cpp" line="50"/>
        <source>Save As Package</source>
        <translation>Enregistrer en paquet</translation>
    </message>
    <message>
        <location filename="../app/gui/exportcontroller.cpp" line="81"/>
        <source>another export is still being written</source>
        <translation>un autre export est encore en cours d’écriture</translation>
    </message>
</context>
<context>
    <name>ExportDestinationPage</name>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="21"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="24"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="25"/>
        <source>Where the package is written. An existing file is replaced only once the new package is complete.</source>
        <translation>Où le paquet est écrit. Un fichier existant n’est remplacé qu’une fois le nouveau paquet terminé.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="26"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="30"/>
        <source>&amp;Save to:</source>
        <translation>Emp&amp;lacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="55"/>
        <source>A new folder is created with the descriptor, the manifest and the files in it.</source>
        <translation>Un nouveau dossier est créé avec le descripteur, le manifeste et les fichiers.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="56"/>
        <source>The file gets the extension %1.</source>
        <translation>Le fichier reçoit l’extension %1.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="96"/>
        <source>New OVF Folder</source>
        <translation>Nouveau dossier OVF</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="96"/>
        <source>OVF folder (a new folder)</source>
        <translation>Dossier OVF (un nouveau dossier)</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="99"/>
        <source>OVA package (*.ova)</source>
        <translation>Paquet OVA (*.ova)</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="99"/>
        <source>ZIP package (*.zip)</source>
        <translation>Paquet ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="100"/>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="112"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="118"/>
        <source>The folder “%1” already exists. Replace it with the exported package?</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» existe déjà. Le remplacer par le paquet exporté&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="119"/>
        <source>“%1” already exists. Replace it?</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizards/exportdestinationpage.cpp" line="120"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>ExportFormatPage</name>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="26"/>
        <source>&amp;OVA: one file (a tar archive), the usual way to ship an appliance</source>
        <translation>&amp;OVA&#xa0;: un seul fichier (une archive tar), la façon habituelle de livrer une appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="27"/>
        <source>OVF &amp;folder: the descriptor, manifest and files in a new folder</source>
        <translation>&amp;Dossier OVF&#xa0;: le descripteur, le manifeste et les fichiers dans un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="28"/>
        <source>&amp;ZIP: one ZIP archive holding the OVF folder&apos;s files</source>
        <translation>&amp;ZIP&#xa0;: une archive ZIP contenant les fichiers du dossier OVF</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="29"/>
        <source>S&amp;plit files into chunks of</source>
        <translation>Découper les fichiers en &amp;blocs de</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="32"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="33"/>
        <source>How the package is written. Every choice here is what “ovfctl pack” does with the same options.</source>
        <translation>La manière dont le paquet est écrit. Chaque choix ici correspond à ce que fait «&#xa0;ovfctl pack&#xa0;» avec les mêmes options.</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="49"/>
        <source>SHA-256 (recommended)</source>
        <translation>SHA-256 (recommandé)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="50"/>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="51"/>
        <source>SHA-1 (only for readers from before OVF 2.0; not trusted as verified)</source>
        <translation>SHA-1 (uniquement pour les lecteurs antérieurs à OVF 2.0&#xa0;; jamais considéré comme vérifié)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="53"/>
        <source>No manifest (nothing can be checked; no signature)</source>
        <translation>Pas de manifeste (rien ne peut être vérifié&#xa0;; pas de signature)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="56"/>
        <source>a size with a unit, such as 4 GiB or 512 MiB</source>
        <translation>une taille avec unité, comme 4 GiB ou 512 MiB</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="59"/>
        <source>Keep each file as it is stored now</source>
        <translation>Garder chaque fichier tel qu’il est stocké actuellement</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="60"/>
        <source>Compress every file with gzip (ovf:compression)</source>
        <translation>Compresser chaque fichier avec gzip (ovf:compression)</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="61"/>
        <source>Store every file uncompressed</source>
        <translation>Stocker chaque fichier sans compression</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="63"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="68"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="71"/>
        <source>&amp;Manifest digest:</source>
        <translation>&amp;Empreinte du manifeste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="78"/>
        <source>Chunks:</source>
        <translation>Blocs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="79"/>
        <source>&amp;Compression:</source>
        <translation>&amp;Compression&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="82"/>
        <source>The disk images to convert become streamOptimized VMDK files, compressed already: they are not gzip-compressed again, and cannot be split into chunks.</source>
        <translation>Les images disque à convertir deviennent des fichiers VMDK streamOptimized, déjà compressés&#xa0;: elles ne sont pas recompressées avec gzip et ne peuvent pas être découpées en blocs.</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="138"/>
        <source>Chunk size: %1</source>
        <translation>Taille de bloc&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportformatpage.cpp" line="143"/>
        <source>Chunk size: at least 1 MiB</source>
        <translation>Taille de bloc&#xa0;: au moins 1 Mio</translation>
    </message>
</context>
<context>
    <name>ExportProfilePage</name>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="22"/>
        <source>&amp;Make Compatible</source>
        <translation>&amp;Rendre compatible</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="24"/>
        <source>Target Platform</source>
        <translation>Plateforme cible</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="25"/>
        <source>Check the appliance against the platform it is meant for. Findings do not stop the export.</source>
        <translation>Vérifiez l’appliance virtuelle pour la plateforme à laquelle elle est destinée. Les constats n’arrêtent pas l’export.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="33"/>
        <source>Any OVF reader (no particular platform)</source>
        <translation>Tout lecteur OVF (aucune plateforme particulière)</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="36"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="36"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="36"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="45"/>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="103"/>
        <source>No platform chosen: the package is checked against the OVF standard only.</source>
        <translation>Aucune plateforme choisie&#xa0;: le paquet n’est vérifié que selon la norme OVF.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="112"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="112"/>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="115"/>
        <source>%1 (fix: %2)</source>
        <translation>%1 (correction&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="124"/>
        <source>%1 reads this appliance as it is.</source>
        <translation>%1 lit cette appliance virtuelle telle quelle.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="126"/>
        <source>%1: %2 refused, %3 degraded.</source>
        <translation>%1&#xa0;: refusés&#xa0;: %2, dégradés&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="149"/>
        <source>Not done: %1</source>
        <translation>Non fait&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="150"/>
        <source>Nothing could be fixed automatically.</source>
        <translation>Rien n’a pu être corrigé automatiquement.</translation>
    </message>
    <message>
        <location filename="../wizards/exportprofilepage.cpp" line="151"/>
        <source>Changed (Edit &gt; Undo takes it back):
%1</source>
        <translation>Modifié (Édition &gt; Annuler le défait)&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>ExportRunPage</name>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="22"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="24"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="25"/>
        <source>The package is written, then read back and verified as a deployer would.</source>
        <translation>Le paquet est écrit, puis relu et vérifié comme le ferait la personne qui déploie.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="77"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="92"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="105"/>
        <source>Writing %1: %2 of %3</source>
        <translation>Écriture de %1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="123"/>
        <source>The package was not written; nothing was left at the destination, and a file that was there is unchanged.</source>
        <translation>Le paquet n’a pas été écrit&#xa0;; rien n’a été laissé à la destination, et un fichier qui s’y trouvait est inchangé.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="127"/>
        <source>Export stopped</source>
        <translation>Export arrêté</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="129"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="139"/>
        <source>Written. Verifying %1…</source>
        <translation>Écrit. Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="154"/>
        <source>The package was written to %1, but its verification was stopped.</source>
        <translation>Le paquet a été écrit dans %1, mais sa vérification a été arrêtée.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="163"/>
        <source>%1 was written (%2) and read back completely.</source>
        <translation>%1 a été écrit (%2) et relu entièrement.</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="170"/>
        <source>Verification failed: %1</source>
        <translation>Échec de la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="171"/>
        <source>Verification: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="179"/>
        <source>Signed by %1 (valid until %2)</source>
        <translation>Signé par %1 (valide jusqu’au %2)</translation>
    </message>
    <message>
        <location filename="../wizards/exportrunpage.cpp" line="183"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportSigningPage</name>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="16"/>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="17"/>
        <source>A signature proves who made the package: deployers trust it when they trust your certificate.</source>
        <translation>Une signature prouve qui a fait le paquet&#xa0;: les personnes qui déploient lui font confiance si elles font confiance à votre certificat.</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="49"/>
        <source>A signature signs the manifest: go back and choose a manifest digest.</source>
        <translation>Une signature signe le manifeste&#xa0;: revenez en arrière et choisissez une empreinte de manifeste.</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="57"/>
        <source>Loading the key…</source>
        <translation>Chargement de la clé…</translation>
    </message>
    <message>
        <location filename="../wizards/exportsigningpage.cpp" line="66"/>
        <source>Signing as %1, issued by %2, valid until %3.</source>
        <translation>Signature en tant que %1, émis par %2, valide jusqu’au %3.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../wizards/exportwizard.cpp" line="21"/>
        <source>Export Appliance</source>
        <translation>Exporter l’appliance virtuelle</translation>
    </message>
</context>
<context>
    <name>FolderBackend</name>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="34"/>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="37"/>
        <source>already exists; choose a new folder</source>
        <translation>existe déjà&#xa0;; choisissez un nouveau dossier</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="40"/>
        <source>not a folder</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="63"/>
        <source>cannot create the disks folder</source>
        <translation>impossible de créer le dossier des disques</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="83"/>
        <source>libvirt&apos;s default NAT network</source>
        <translation>le réseau NAT par défaut de libvirt</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="103"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation>%1 octets nécessaires, %2 libres</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="112"/>
        <source>the deployment is already committed</source>
        <translation>le déploiement est déjà validé</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="114"/>
        <location filename="../model/deploy/folderbackend.cpp" line="133"/>
        <source>not a usable file name</source>
        <translation>pas un nom de fichier utilisable</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="118"/>
        <source>a disk of that name was already written</source>
        <translation>un disque de ce nom a déjà été écrit</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="138"/>
        <source>cannot copy the ISO into the output</source>
        <translation>impossible de copier l’ISO dans la sortie</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="145"/>
        <source>not a usable domain name</source>
        <translation>pas un nom de domaine utilisable</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="147"/>
        <source>defined twice</source>
        <translation>défini deux fois</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="159"/>
        <source>not defined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="202"/>
        <source>cannot move the result into place (does it exist now?)</source>
        <translation>impossible de mettre le résultat en place (existe-t-il maintenant&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../model/deploy/folderbackend.cpp" line="216"/>
        <location filename="../model/deploy/folderbackend.cpp" line="219"/>
        <source>%1: could not be removed completely</source>
        <translation>%1&#xa0;: n’a pas pu être entièrement supprimé</translation>
    </message>
</context>
<context>
    <name>FolderReader</name>
    <message>
        <location filename="../model/package/folderreader.cpp" line="105"/>
        <source>the folder holds more than %1 files</source>
        <translation>le dossier contient plus de %1 fichiers</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="125"/>
        <source>the folder holds no OVF descriptor (*.ovf)</source>
        <translation>le dossier ne contient aucun descripteur OVF (*.ovf)</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="126"/>
        <source>the descriptor &apos;%1&apos; is not a file in the folder</source>
        <translation>le descripteur «&#xa0;%1&#xa0;» n’est pas un fichier du dossier</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="130"/>
        <source>the folder holds several descriptors (*.ovf); &apos;%1&apos; is read first</source>
        <translation>le dossier contient plusieurs descripteurs (*.ovf)&#xa0;; «&#xa0;%1&#xa0;» est lu en premier</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="165"/>
        <source>became a symbolic link while the package was read</source>
        <translation>est devenu un lien symbolique pendant la lecture du paquet</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="167"/>
        <location filename="../model/package/folderreader.cpp" line="176"/>
        <location filename="../model/package/folderreader.cpp" line="181"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="172"/>
        <source>is no longer a regular file</source>
        <translation>n’est plus un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/package/folderreader.cpp" line="186"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormEditor</name>
    <message>
        <location filename="../views/formeditor.cpp" line="41"/>
        <source>This element was removed from the document (undo brings it back)</source>
        <translation>Cet élément a été supprimé du document (Annuler le rétablit)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="52"/>
        <location filename="../views/formeditor.cpp" line="190"/>
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="76"/>
        <source>Not translatable: no ovf:msgid</source>
        <translation>Non traduisible&#xa0;: pas d’ovf:msgid</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="80"/>
        <source>(no language)</source>
        <translation>(aucune langue)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="92"/>
        <source>Message id %1: no embedded Strings bundle translates it</source>
        <translation>Identifiant de message %1&#xa0;: aucun catalogue de chaînes intégré ne le traduit</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="93"/>
        <source>Message id %1: translated in %2</source>
        <translation>Identifiant de message %1&#xa0;: traduit en %2</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="95"/>
        <source>%1 (external bundles, not read here: %2)</source>
        <comment>a translation note, then bundle files</comment>
        <translation>%1 (catalogues de chaînes externes, non lus ici&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../views/formeditor.cpp" line="192"/>
        <source>Translate this text into the descriptor&apos;s locales in the Strings editor</source>
        <translation>Traduire ce texte dans les langues du descripteur, dans l’éditeur de chaînes</translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../wizards/formatpage.cpp" line="14"/>
        <source>OVF &amp;1.0: read by every OVF tool (VMware, VirtualBox, oVirt, virt-v2v)</source>
        <translation>OVF &amp;1.0&#xa0;: lu par tous les outils OVF (VMware, VirtualBox, oVirt, virt-v2v)</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="17"/>
        <source>OVF &amp;2.0: the current DMTF standard (fewer tools read it)</source>
        <translation>OVF &amp;2.0&#xa0;: la norme DMTF actuelle (moins d’outils la lisent)</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="20"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="21"/>
        <source>The OVF version of the descriptor; Finish opens the new appliance, not saved yet.</source>
        <translation>La version OVF du descripteur&#xa0;; Terminer ouvre la nouvelle appliance virtuelle, pas encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="53"/>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="55"/>
        <source>Guest OS: %1</source>
        <translation>OS invité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizards/formatpage.cpp" line="57"/>
        <source>%n CPU(s), %1 of memory</source>
        <translation>
            <numerusform>%n processeur, %1 de mémoire</numerusform>
            <numerusform>%n processeurs, %1 de mémoire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="62"/>
        <source>Networks: %1</source>
        <translation>Réseaux&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="64"/>
        <source>Disk from %1 (%2, %3), pending until the package is saved</source>
        <translation>Disque issu de %1 (%2, %3), en attente jusqu’à l’enregistrement du paquet</translation>
    </message>
    <message>
        <location filename="../wizards/formatpage.cpp" line="71"/>
        <source>The appliance cannot be made:</source>
        <translation>Impossible de créer l’appliance virtuelle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GuestOsPage</name>
    <message>
        <location filename="../wizards/guestospage.cpp" line="19"/>
        <source>Guest operating system</source>
        <translation>Système d’exploitation invité</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="20"/>
        <source>What the appliance runs, as the CIM operating system type deployment tools read.</source>
        <translation>Ce que fait tourner l’appliance virtuelle, sous la forme du type de système d’exploitation CIM lu par les outils de déploiement.</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="22"/>
        <source>Search: part of a name (e.g. debian) or a number</source>
        <translation>Recherche&#xa0;: partie d’un nom (p. ex. debian) ou un numéro</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="48"/>
        <source>No choice: the template&apos;s operating system stays.</source>
        <translation>Aucun choix&#xa0;: le système d’exploitation du modèle est conservé.</translation>
    </message>
    <message>
        <location filename="../wizards/guestospage.cpp" line="49"/>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="86"/>
        <source>zlib could not be initialized</source>
        <translation>zlib n’a pas pu être initialisé</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="115"/>
        <source>data follows the end of the gzip stream</source>
        <translation>des données suivent la fin du flux gzip</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="120"/>
        <source>the file holds no gzip data</source>
        <translation>le fichier ne contient aucune donnée gzip</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="121"/>
        <source>the gzip stream ends early (truncated)</source>
        <translation>le flux gzip se termine trop tôt (tronqué)</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="136"/>
        <source>inflates past its declared size of %1 bytes</source>
        <translation>se décompresse au-delà de sa taille déclarée de %1 octets</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="137"/>
        <source>inflates past %1; refused as a possible gzip bomb</source>
        <translation>se décompresse au-delà de %1&#xa0;; refusé comme possible bombe gzip</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="147"/>
        <source>the gzip stream is corrupt</source>
        <translation>le flux gzip est corrompu</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="150"/>
        <source>out of memory while inflating</source>
        <translation>mémoire épuisée pendant la décompression</translation>
    </message>
    <message>
        <location filename="../model/package/gzipinflater.cpp" line="152"/>
        <source>the gzip stream is corrupt (%1)</source>
        <translation>le flux gzip est corrompu (%1)</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="24"/>
        <source>Add Network</source>
        <translation>Ajouter un réseau</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="24"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="26"/>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="27"/>
        <source>CPUs, memory, firmware, the disk controller and the networks; all of it can be changed later in the hardware editor.</source>
        <translation>Processeurs, mémoire, micrologiciel, contrôleur de disque et réseaux&#xa0;; tout peut être modifié plus tard dans l’éditeur de matériel.</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="36"/>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="37"/>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="39"/>
        <source>The template&apos;s (BIOS unless it says otherwise)</source>
        <translation>Celui du modèle (BIOS sauf indication contraire)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="40"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="41"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="43"/>
        <source>The template&apos;s first controller</source>
        <translation>Le premier contrôleur du modèle</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="44"/>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="45"/>
        <source>SCSI (LSI Logic)</source>
        <translation>SCSI (LSI Logic)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="46"/>
        <source>SCSI (VMware Paravirtual)</source>
        <translation>SCSI (VMware Paravirtual)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="48"/>
        <source>SCSI (virtio-scsi)</source>
        <translation>SCSI (virtio-scsi)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="50"/>
        <source>SATA (AHCI)</source>
        <translation>SATA (AHCI)</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="51"/>
        <source>NVMe</source>
        <translation>NVMe</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="53"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="53"/>
        <source>Adapter type</source>
        <translation>Type de carte</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="71"/>
        <source>&amp;CPUs:</source>
        <translation>Pro&amp;cesseurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="72"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Mémoire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="75"/>
        <source>&amp;Firmware:</source>
        <translation>Micro&amp;logiciel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="76"/>
        <source>&amp;Disk controller:</source>
        <translation>Contrôleur de &amp;disque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="78"/>
        <source>Networks (one adapter each):</source>
        <translation>Réseaux (une carte chacun)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="90"/>
        <source>Network %1</source>
        <translation>Réseau %1</translation>
    </message>
    <message>
        <location filename="../wizards/hardwarepage.cpp" line="107"/>
        <source>The template&apos;s</source>
        <translation>Celui du modèle</translation>
    </message>
</context>
<context>
    <name>HrefPolicy</name>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="34"/>
        <source>the href is empty</source>
        <translation>le href est vide</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="37"/>
        <source>the href contains a control character</source>
        <translation>le href contient un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="39"/>
        <source>the href contains a backslash; paths use &apos;/&apos;</source>
        <translation>le href contient une barre oblique inverse&#xa0;; les chemins utilisent «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="41"/>
        <source>the href has a query or fragment (&apos;%1&apos;)</source>
        <translation>le href a une requête ou un fragment («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="44"/>
        <source>the href is an absolute path; only paths relative to the descriptor are allowed</source>
        <translation>le href est un chemin absolu&#xa0;; seuls les chemins relatifs au descripteur sont autorisés</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="48"/>
        <source>the href has a URI scheme or drive (&apos;%1&apos;); only relative paths are allowed</source>
        <translation>le href a un schéma d’URI ou un lecteur («&#xa0;%1&#xa0;»)&#xa0;; seuls les chemins relatifs sont autorisés</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="67"/>
        <source>the href has a malformed percent-escape</source>
        <translation>le href a un échappement pourcent mal formé</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="70"/>
        <source>the href encodes a &apos;/&apos; inside a path segment (&apos;%2F&apos;)</source>
        <translation>le href encode un «&#xa0;/&#xa0;» dans un segment de chemin («&#xa0;%2F&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="76"/>
        <source>the href does not decode to UTF-8</source>
        <translation>le href ne se décode pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="79"/>
        <source>the href has a &apos;..&apos; segment; files must lie inside the package</source>
        <translation>le href a un segment «&#xa0;..&#xa0;»&#xa0;; les fichiers doivent se trouver dans le paquet</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="83"/>
        <source>the href has an empty path segment</source>
        <translation>le href a un segment de chemin vide</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="86"/>
        <source>the href encodes a control character</source>
        <translation>le href encode un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="88"/>
        <source>the href encodes a backslash</source>
        <translation>le href encode une barre oblique inverse</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="91"/>
        <source>the href encodes a URI scheme or drive (&apos;%1&apos;)</source>
        <translation>le href encode un schéma d’URI ou un lecteur («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="95"/>
        <source>the href names no file</source>
        <translation>le href ne désigne aucun fichier</translation>
    </message>
    <message>
        <location filename="../model/package/hrefpolicy.cpp" line="100"/>
        <source>the href is %1 bytes long; the limit is %2</source>
        <translation>le href fait %1 octets&#xa0;; la limite est %2</translation>
    </message>
</context>
<context>
    <name>InsertElementCommand</name>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="52"/>
        <source>Nothing to insert.</source>
        <translation>Rien à insérer.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="54"/>
        <source>%1 is not part of the document.</source>
        <translation>%1 ne fait pas partie du document.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="57"/>
        <source>%1 uses a namespace prefix that is not declared at %2.</source>
        <translation>%1 utilise un préfixe d’espace de noms non déclaré à %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/insertelementcommand.cpp" line="62"/>
        <source>Insert %1</source>
        <translation>Insérer %1</translation>
    </message>
</context>
<context>
    <name>IsoImageWriter</name>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="68"/>
        <source>%1: &apos;%2&apos; is not a valid file name in the image</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom de fichier valide dans l’image</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="70"/>
        <source>%1: &apos;%2&apos; is in the image twice</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure deux fois dans l’image</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="76"/>
        <source>%1: cannot create a temporary file: %2</source>
        <translation>%1&#xa0;: impossible de créer un fichier temporaire&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="85"/>
        <source>%1: cannot start the ISO 9660 image: %2</source>
        <translation>%1&#xa0;: impossible de commencer l’image ISO 9660&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="91"/>
        <location filename="../model/package/isoimagewriter.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="96"/>
        <location filename="../model/package/isoimagewriter.cpp" line="119"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="106"/>
        <location filename="../model/package/isoimagewriter.cpp" line="109"/>
        <location filename="../model/package/isoimagewriter.cpp" line="122"/>
        <source>%1: cannot add %2: %3</source>
        <translation>%1&#xa0;: impossible d’ajouter %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="120"/>
        <source>file shrank</source>
        <translation>le fichier a rétréci</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="127"/>
        <source>%1: cannot finish the ISO 9660 image: %2</source>
        <translation>%1&#xa0;: impossible de terminer l’image ISO 9660&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/isoimagewriter.cpp" line="129"/>
        <location filename="../model/package/isoimagewriter.cpp" line="133"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IsoTransport</name>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="14"/>
        <source>EnvironmentFilesSection: ovf:path &apos;%1&apos; is not a relative path inside the image</source>
        <translation>EnvironmentFilesSection&#xa0;: ovf:path «&#xa0;%1&#xa0;» n’est pas un chemin relatif dans l’image</translation>
    </message>
    <message>
        <location filename="../model/deploy/isotransport.cpp" line="17"/>
        <source>EnvironmentFilesSection: no staged copy of file &apos;%1&apos;</source>
        <translation>EnvironmentFilesSection&#xa0;: aucune copie préparée du fichier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <location filename="../app/gui/languagesettings.cpp" line="54"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LibvirtBackend</name>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="49"/>
        <source>the storage pool is not active</source>
        <translation>le pool de stockage n’est pas actif</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="55"/>
        <source>a remote host needs a storage pool for the disks (a folder here is not a folder there)</source>
        <translation>un hôte distant a besoin d’un pool de stockage pour les disques (un dossier ici n’est pas un dossier là-bas)</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="60"/>
        <source>choose a storage pool or an existing writable folder for the disks</source>
        <translation>choisissez un pool de stockage ou un dossier existant accessible en écriture pour les disques</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="81"/>
        <source>no such storage pool</source>
        <translation>pool de stockage introuvable</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="131"/>
        <source>%1 bytes are needed, %2 are free</source>
        <translation>%1 octets nécessaires, %2 libres</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="139"/>
        <source>not a usable volume name</source>
        <translation>pas un nom de volume utilisable</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="148"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="176"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="213"/>
        <location filename="../model/deploy/libvirtbackend.cpp" line="227"/>
        <source>already exists; it is not replaced</source>
        <translation>existe déjà&#xa0;; il n’est pas remplacé</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="338"/>
        <source>%1: could not be removed completely</source>
        <translation>%1&#xa0;: n’a pas pu être entièrement supprimé</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="206"/>
        <source>not a usable file name</source>
        <translation>pas un nom de fichier utilisable</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="232"/>
        <source>cannot copy the ISO</source>
        <translation>impossible de copier l’ISO</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="240"/>
        <source>not a usable domain name</source>
        <translation>pas un nom de domaine utilisable</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="242"/>
        <source>a domain of that name exists; choose another name</source>
        <translation>un domaine de ce nom existe&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtbackend.cpp" line="332"/>
        <source>%1: could not be removed</source>
        <translation>%1&#xa0;: n’a pas pu être supprimé</translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="58"/>
        <source>unknown libvirt error</source>
        <translation>erreur libvirt inconnue</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtconnection.cpp" line="237"/>
        <source>domain XML</source>
        <translation>XML du domaine</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="50"/>
        <source>running</source>
        <translation>en cours d’exécution</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="51"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="52"/>
        <source>shut off</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtdomains.cpp" line="55"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../model/deploy/libvirtvolumes.cpp" line="111"/>
        <source>is in no storage pool of %1: libvirt reads only files of its pools (define a pool for its folder)</source>
        <translation>ne se trouve dans aucun pool de stockage de %1&#xa0;: libvirt ne lit que les fichiers de ses pools (définissez un pool pour son dossier)</translation>
    </message>
</context>
<context>
    <name>LicenseTextFile</name>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="16"/>
        <source>The file is larger than %1 MiB: not a license text</source>
        <translation>Le fichier dépasse %1 Mio&#xa0;: ce n’est pas un texte de licence</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="23"/>
        <source>The file starts with a %1 byte order mark but is not valid %1</source>
        <translation>Le fichier commence par une marque d’ordre des octets %1 mais n’est pas du %1 valide</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="31"/>
        <source>The file is not valid UTF-8; it was read as ISO-8859-1 (Latin-1). Check accented characters.</source>
        <translation>Le fichier n’est pas de l’UTF-8 valide&#xa0;; il a été lu comme ISO-8859-1 (Latin-1). Vérifiez les caractères accentués.</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="37"/>
        <source>The file holds the character U+%1 at character %2, which an OVF descriptor cannot contain (is it a binary file?)</source>
        <translation>Le fichier contient le caractère U+%1 à la position %2, qu’un descripteur OVF ne peut pas contenir (est-ce un fichier binaire&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="49"/>
        <source>%1: larger than %2 MiB, not a license text</source>
        <translation>%1&#xa0;: plus de %2 Mio, ce n’est pas un texte de licence</translation>
    </message>
    <message>
        <location filename="../model/commands/licensetext.cpp" line="52"/>
        <location filename="../model/commands/licensetext.cpp" line="55"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../wizards/licensespage.cpp" line="28"/>
        <source>License agreements</source>
        <translation>Contrats de licence</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="29"/>
        <source>Read each license agreement and accept it to continue.</source>
        <translation>Lisez chaque contrat de licence et acceptez-le pour continuer.</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="35"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="37"/>
        <source>&amp;Save as Text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="88"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="93"/>
        <source>%1: License %2</source>
        <translation>%1&#xa0;: licence %2</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="100"/>
        <source>I &amp;accept the terms of this license agreement</source>
        <translation>J’&amp;accepte les termes de ce contrat de licence</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="125"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="127"/>
        <source>Accepted: %1 of %2.</source>
        <translation>Acceptés&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="171"/>
        <source>Print License Agreement</source>
        <translation>Imprimer le contrat de licence</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="181"/>
        <location filename="../wizards/licensespage.cpp" line="188"/>
        <source>Save License Agreement</source>
        <translation>Enregistrer le contrat de licence</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="182"/>
        <source>license-%1.txt</source>
        <translation>licence-%1.txt</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="182"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../wizards/licensespage.cpp" line="189"/>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="175"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="176"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="177"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="178"/>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="179"/>
        <source>&amp;New Appliance…</source>
        <translation>&amp;Nouvelle appliance virtuelle…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="180"/>
        <source>Create a new appliance: a virtual system with hardware, optionally from disk images or a template</source>
        <translation>Créer une nouvelle appliance virtuelle&#xa0;: un système virtuel avec son matériel, éventuellement à partir d’images disque ou d’un modèle</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="182"/>
        <source>New from Virtual Mac&amp;hine…</source>
        <translation>Nouvelle appliance depuis une &amp;machine virtuelle…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="183"/>
        <source>Export shut-off libvirt machines, local or on a remote host, as an appliance package</source>
        <translation>Exporter des machines libvirt arrêtées, locales ou sur un hôte distant, en paquet d’appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="185"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="186"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="187"/>
        <source>Open an OVF descriptor or package (OVA, ZIP, OVF folder)</source>
        <translation>Ouvrir un descripteur ou un paquet OVF (OVA, ZIP, dossier OVF)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="188"/>
        <source>Open Sa&amp;mple Appliance</source>
        <translation>Ouvrir l’appliance d’e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="189"/>
        <source>Open the sample appliance that comes with OVF Workbench</source>
        <translation>Ouvrir l’appliance virtuelle d’exemple fournie avec OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="190"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="191"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="192"/>
        <source>E&amp;xport…</source>
        <translation>Expor&amp;ter…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="193"/>
        <source>Write the appliance as an OVA, OVF folder or ZIP, optionally signed, and verify it</source>
        <translation>Écrire l’appliance virtuelle en OVA, dossier OVF ou ZIP, éventuellement signée, et la vérifier</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="194"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="195"/>
        <source>Previe&amp;w Deployment in</source>
        <translation>A&amp;perçu du déploiement en</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="196"/>
        <source>Open the deploy wizard on the document as it is now, with its texts in a language, without deploying: what an operator will see</source>
        <translation>Ouvrir l’assistant de déploiement sur le document dans son état actuel, avec ses textes dans une langue, sans déployer&#xa0;: ce que verra l’opérateur</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="198"/>
        <source>Deploy the open appliance to libvirt or a folder (asks to save unsaved changes first)</source>
        <translation>Déployer l’appliance virtuelle ouverte vers libvirt ou un dossier (propose d’abord d’enregistrer les modifications)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="199"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="200"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="201"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="202"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="203"/>
        <source>&amp;XML Source</source>
        <translation>Source &amp;XML</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="204"/>
        <source>&amp;Translations…</source>
        <translation>&amp;Traductions…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="205"/>
        <source>Translate the appliance&apos;s texts: the Strings editor with every locale</source>
        <translation>Traduire les textes de l’appliance virtuelle&#xa0;: l’éditeur de chaînes avec toutes les langues</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="206"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="207"/>
        <source>Short guides to the main tasks: author, deploy, translate, check compatibility</source>
        <translation>Guides courts des tâches principales&#xa0;: créer, déployer, traduire, vérifier la compatibilité</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="208"/>
        <source>&amp;About OVF Workbench</source>
        <translation>À &amp;propos d’OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="209"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="212"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="214"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="230"/>
        <source>Default Texts (%1)</source>
        <translation>Textes par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="244"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="258"/>
        <source>%1 (%2, not translated)</source>
        <translation>%1 (%2, non traduit)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="342"/>
        <source>Open OVF Descriptor or Package</source>
        <translation>Ouvrir un descripteur ou un paquet OVF</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="343"/>
        <source>OVF descriptors and packages (*.ovf *.ova *.zip *.xml);;All files (*)</source>
        <translation>Descripteurs et paquets OVF (*.ovf *.ova *.zip *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="360"/>
        <source>About OVF Workbench</source>
        <translation>À propos d’OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainactions.cpp" line="361"/>
        <source>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Author, localize, verify and deploy DMTF OVF virtual appliances.&lt;/p&gt;&lt;p&gt;Opens OVF 0.9, 1.x and 2.x descriptors and packages (OVA, ZIP, OVF folders), edits them with undo, checks them against the OVF rules as you type, and saves them back as a descriptor or a package with a fresh manifest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OVF Workbench %1&lt;/h3&gt;&lt;p&gt;Créer, localiser, vérifier et déployer des appliances virtuelles DMTF OVF.&lt;/p&gt;&lt;p&gt;Ouvre les descripteurs et paquets OVF 0.9, 1.x et 2.x (OVA, ZIP, dossiers OVF), les modifie avec annulation, les vérifie selon les règles OVF pendant la saisie et les enregistre en descripteur ou en paquet avec un manifeste à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="69"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="70"/>
        <source>“%1” has unsaved changes. Save them before closing?</source>
        <translation>«&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="116"/>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="122"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="126"/>
        <source>Opening cancelled</source>
        <translation>Ouverture annulée</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="169"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="170"/>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="171"/>
        <source>&amp;Undo History</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="172"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="248"/>
        <location filename="../app/gui/mainwindow.cpp" line="249"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="252"/>
        <source>Opening the sample appliance…</source>
        <translation>Ouverture de l’appliance virtuelle d’exemple…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="326"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="330"/>
        <source>Restored the autosaved changes of %1</source>
        <translation>Modifications sauvegardées automatiquement de %1 restaurées</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="332"/>
        <source>New appliance %1: not saved yet (File &gt; Save As… writes it as a descriptor or a package)</source>
        <translation>Nouvelle appliance virtuelle %1&#xa0;: pas encore enregistrée (Fichier &gt; Enregistrer sous… l’écrit en descripteur ou en paquet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/mainwindow.cpp" line="336"/>
        <source>%1 — %n warning(s): %2</source>
        <comment>the opened message, then the first warning</comment>
        <translation>
            <numerusform>%1 — %n avertissement&#xa0;: %2</numerusform>
            <numerusform>%1 — %n avertissements&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="394"/>
        <source>Saved %1 (%2)</source>
        <translation>%1 enregistré (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="398"/>
        <source>the package writer set the file sizes (ovf:size) in the References; reopen to see them</source>
        <translation>l’écriture du paquet a défini les tailles de fichier (ovf:size) dans References&#xa0;; rouvrez pour les voir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="410"/>
        <source>“%1” was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="414"/>
        <source>Nothing was written there and your file is as it was. Save As… can put the document on another disk.</source>
        <translation>Rien n’y a été écrit et votre fichier est intact. «&#xa0;Enregistrer sous…&#xa0;» peut placer le document sur un autre disque.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="426"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="427"/>
        <source>“%1” could not be opened.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="451"/>
        <source>OVF Workbench</source>
        <translation>OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="451"/>
        <source>%1[*] — OVF Workbench</source>
        <translation>%1[*] — OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="459"/>
        <source>Problems found in the open descriptor are listed here.</source>
        <translation>Les problèmes trouvés dans le descripteur ouvert sont listés ici.</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="461"/>
        <source>Checking the descriptor…</source>
        <translation>Vérification du descripteur…</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="463"/>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="470"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>MakeTranslatableDialog</name>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="18"/>
        <source>Make Texts Translatable</source>
        <translation>Rendre des textes traduisibles</translation>
    </message>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="20"/>
        <source>These texts have no message ID, so no locale can translate them. Each text you keep checked gets a readable message ID (such as product.vendor) and stays its default text.</source>
        <translation>Ces textes n’ont pas d’identifiant de message&#xa0;: aucune langue ne peut donc les traduire. Chaque texte laissé coché reçoit un identifiant de message lisible (comme product.vendor) et reste son texte par défaut.</translation>
    </message>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="24"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/maketranslatabledialog.cpp" line="32"/>
        <source>Make Translatable</source>
        <translation>Rendre traduisible</translation>
    </message>
</context>
<context>
    <name>MemberPolicy</name>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="35"/>
        <source>the name is not valid UTF-8</source>
        <translation>le nom n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="44"/>
        <source>the name is %1 bytes long; the limit is %2</source>
        <translation>le nom fait %1 octets&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="49"/>
        <source>the name contains the control character U+%1</source>
        <translation>le nom contient le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="54"/>
        <source>the name contains a backslash</source>
        <translation>le nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="56"/>
        <source>the name is an absolute path</source>
        <translation>le nom est un chemin absolu</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="58"/>
        <source>the name starts with a drive letter</source>
        <translation>le nom commence par une lettre de lecteur</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="67"/>
        <source>the name has a &apos;..&apos; component</source>
        <translation>le nom a un composant «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="72"/>
        <location filename="../model/package/memberpolicy.cpp" line="77"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="72"/>
        <source>the name has an empty path component</source>
        <translation>le nom a un composant de chemin vide</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="86"/>
        <source>the package has more than %1 members</source>
        <translation>le paquet a plus de %1 membres</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="90"/>
        <source>the member&apos;s headers take %1 bytes; the limit is %2</source>
        <translation>les en-têtes du membre occupent %1 octets&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="103"/>
        <source>the descriptor is %1 bytes; the limit is %2</source>
        <translation>le descripteur fait %1 octets&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="117"/>
        <source>the directory entry carries %1 bytes of data</source>
        <translation>l’entrée de répertoire porte %1 octets de données</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="122"/>
        <source>symbolic links are not allowed in a package (it points to &apos;%1&apos;)</source>
        <translation>les liens symboliques sont interdits dans un paquet (il pointe vers «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="126"/>
        <source>hard links are not allowed in a package (it links to &apos;%1&apos;)</source>
        <translation>les liens physiques sont interdits dans un paquet (il est lié à «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="129"/>
        <source>character devices are not allowed in a package</source>
        <translation>les périphériques caractère sont interdits dans un paquet</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="131"/>
        <source>block devices are not allowed in a package</source>
        <translation>les périphériques bloc sont interdits dans un paquet</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="133"/>
        <source>FIFOs (named pipes) are not allowed in a package</source>
        <translation>les FIFO (tubes nommés) sont interdits dans un paquet</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="137"/>
        <source>only regular files are allowed in a package</source>
        <translation>seuls les fichiers ordinaires sont autorisés dans un paquet</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="150"/>
        <source>the name appears twice in the package</source>
        <translation>le nom apparaît deux fois dans le paquet</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="154"/>
        <source>the name differs from &apos;%1&apos; only by case or Unicode normalization</source>
        <translation>le nom ne diffère de «&#xa0;%1&#xa0;» que par la casse ou la normalisation Unicode</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="160"/>
        <source>the name is also used as a folder (&apos;%1/...&apos;)</source>
        <translation>le nom sert aussi de dossier («&#xa0;%1/...&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="164"/>
        <source>the folder has the name of the file &apos;%1&apos;</source>
        <translation>le dossier porte le nom du fichier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/memberpolicy.cpp" line="173"/>
        <source>its folder &apos;%1&apos; is also a file in the package</source>
        <translation>son dossier «&#xa0;%1&#xa0;» est aussi un fichier du paquet</translation>
    </message>
</context>
<context>
    <name>MoveElementCommand</name>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="13"/>
        <source>Nothing to move.</source>
        <translation>Rien à déplacer.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="15"/>
        <source>%1 is the document&apos;s root and cannot be moved.</source>
        <translation>%1 est la racine du document et ne peut pas être déplacé.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="18"/>
        <source>%1 cannot be moved into itself.</source>
        <translation>%1 ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="23"/>
        <source>%1 is already there.</source>
        <translation>%1 s’y trouve déjà.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="25"/>
        <source>%1 uses namespace prefixes that mean something else at %2.</source>
        <translation>%1 utilise des préfixes d’espace de noms qui ont un autre sens à %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/moveelementcommand.cpp" line="32"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <location filename="../wizards/networkspage.cpp" line="18"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="19"/>
        <source>Connect each network of the appliance to a network of the target.</source>
        <translation>Connectez chaque réseau de l’appliance virtuelle à un réseau de la cible.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Network in the package</source>
        <translation>Réseau du paquet</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="23"/>
        <source>Connect to</source>
        <translation>Connecter à</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="43"/>
        <location filename="../wizards/networkspage.cpp" line="89"/>
        <source>Asking the target for its networks…</source>
        <translation>Interrogation de la cible sur ses réseaux…</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="91"/>
        <source>The target&apos;s networks could not be listed: %1</source>
        <translation>Impossible de lister les réseaux de la cible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="93"/>
        <source>The script will attach the machines to these libvirt networks; type any name.</source>
        <translation>Le script rattachera les machines à ces réseaux libvirt&#xa0;; saisissez un nom quelconque.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="95"/>
        <source>The target has no virtual network (a freshly installed host often has none). The adapters use QEMU&apos;s user-mode networking: the guest reaches outside networks through the host, but nothing outside can reach the guest. Choose &quot;not connected&quot; to leave an adapter unplugged, or define a network on the host (virsh net-define, net-start) and go back.</source>
        <translation>La cible n’a aucun réseau virtuel (c’est souvent le cas d’un hôte fraîchement installé). Les cartes utilisent le réseau en mode utilisateur de QEMU&#xa0;: l’invité atteint les réseaux extérieurs via l’hôte, mais rien d’extérieur ne peut atteindre l’invité. Choisissez «&#xa0;non connecté&#xa0;» pour laisser une carte débranchée, ou définissez un réseau sur l’hôte (virsh net-define, net-start) puis revenez en arrière.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="100"/>
        <source>The target has one network, %1: every network of the appliance is connected to it unless you choose otherwise.</source>
        <translation>La cible a un seul réseau, %1&#xa0;: chaque réseau de l’appliance virtuelle y est connecté, sauf choix contraire.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="103"/>
        <source>Networks available: %1.</source>
        <translation>Réseaux disponibles&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="133"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="138"/>
        <source>The adapter is present but its link is down</source>
        <translation>La carte est présente mais sa liaison est coupée</translation>
    </message>
    <message>
        <location filename="../wizards/networkspage.cpp" line="140"/>
        <source>QEMU user-mode networking: outgoing connections through the host</source>
        <translation>Réseau QEMU en mode utilisateur&#xa0;: connexions sortantes via l’hôte</translation>
    </message>
</context>
<context>
    <name>NewApplianceWizard</name>
    <message>
        <location filename="../wizards/newappliancewizard.cpp" line="17"/>
        <source>New Appliance</source>
        <translation>Nouvelle appliance virtuelle</translation>
    </message>
</context>
<context>
    <name>OperatingSystemEditor</name>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="21"/>
        <source>Edit the operating system&apos;s Info</source>
        <translation>Modifier l’Info du système d’exploitation</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="23"/>
        <source>Edit the operating system version</source>
        <translation>Modifier la version du système d’exploitation</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="25"/>
        <source>Edit the operating system description</source>
        <translation>Modifier la description du système d’exploitation</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="83"/>
        <source>“%1” is not a CIM operating system type: type a number or part of a name and pick one from the list</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de système d’exploitation CIM&#xa0;: saisissez un numéro ou une partie d’un nom et choisissez-en un dans la liste</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="94"/>
        <source>Set the operating system to %1</source>
        <translation>Définir le système d’exploitation à %1</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="121"/>
        <source>ovf:id %1 (CIM_OperatingSystem OSType)</source>
        <translation>ovf:id %1 (CIM_OperatingSystem OSType)</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="124"/>
        <source>VMware guest type (vmw:osType): %1</source>
        <translation>Type d’invité VMware (vmw:osType)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="130"/>
        <source>Guest operating system</source>
        <translation>Système d’exploitation invité</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="131"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="132"/>
        <source>Operating system:</source>
        <translation>Système d’exploitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="133"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="134"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="142"/>
        <source>Type part of a name (e.g. “debian”) or a number to search the CIM operating system list</source>
        <translation>Saisissez une partie d’un nom (p. ex. «&#xa0;debian&#xa0;») ou un numéro pour chercher dans la liste des systèmes d’exploitation CIM</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="143"/>
        <source>e.g. 12</source>
        <translation>p. ex. 12</translation>
    </message>
    <message>
        <location filename="../views/operatingsystemeditor.cpp" line="144"/>
        <source>e.g. Debian GNU/Linux 12 (64-bit)</source>
        <translation>p. ex. Debian GNU/Linux 12 (64 bits)</translation>
    </message>
</context>
<context>
    <name>PackageEntriesEditor</name>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="61"/>
        <source>Edit the section&apos;s Info</source>
        <translation>Modifier l’Info de la section</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="129"/>
        <source>Add a virtual system first: a disk is attached to one.</source>
        <translation>Ajoutez d’abord un système virtuel&#xa0;: un disque y est rattaché.</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="136"/>
        <source>Add a File to the Package</source>
        <translation>Ajouter un fichier au paquet</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="146"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="160"/>
        <source>Added network %1: double-click its name to rename it.</source>
        <translation>Réseau %1 ajouté&#xa0;: double-cliquez sur son nom pour le renommer.</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="183"/>
        <source>%1 is added to the package when it is saved.</source>
        <translation>%1 est ajouté au paquet à son enregistrement.</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="221"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="225"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="226"/>
        <source>Add Disk…</source>
        <translation>Ajouter un disque…</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="227"/>
        <source>Remove the disk, the drives that attach it and its file</source>
        <translation>Supprimer le disque, les lecteurs qui le rattachent et son fichier</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="228"/>
        <source>Double-click a disk id to rename it (drives follow) or a capacity to change it (e.g. 20 GiB)</source>
        <translation>Double-cliquez sur un identifiant de disque pour le renommer (les lecteurs suivent) ou sur une capacité pour la modifier (p. ex. 20 GiB)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="232"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="233"/>
        <source>Add Network</source>
        <translation>Ajouter un réseau</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="234"/>
        <source>Remove the network (only when no adapter connects to it)</source>
        <translation>Supprimer le réseau (uniquement si aucune carte n’y est connectée)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="235"/>
        <source>Double-click a name to rename the network (adapters follow)</source>
        <translation>Double-cliquez sur un nom pour renommer le réseau (les cartes suivent)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="238"/>
        <source>Files (References)</source>
        <translation>Fichiers (References)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="239"/>
        <source>Add File…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="240"/>
        <source>Remove the file (only when nothing refers to it)</source>
        <translation>Supprimer le fichier (uniquement si rien n’y fait référence)</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="241"/>
        <source>Double-click a cell to change it; renaming a file id follows every reference</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#xa0;; renommer un identifiant de fichier met à jour toutes les références</translation>
    </message>
    <message>
        <location filename="../views/packageentrieseditor.cpp" line="244"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PackageOpener</name>
    <message>
        <location filename="../model/package/packageopener.cpp" line="40"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation>le paquet ne contient aucun descripteur OVF (*.ovf)</translation>
    </message>
    <message>
        <location filename="../model/package/packageopener.cpp" line="60"/>
        <source>the package has no such member</source>
        <translation>le paquet n’a pas de membre de ce nom</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="118"/>
        <source>the descriptor cannot be read: %1</source>
        <translation>le descripteur est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="341"/>
        <source>the package changed while it was being verified (read twice: its manifest uses another algorithm than SHA-256)</source>
        <translation>le paquet a changé pendant sa vérification (lu deux fois&#xa0;: son manifeste utilise un autre algorithme que SHA-256)</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="433"/>
        <source>verification %1</source>
        <translation>vérification %1</translation>
    </message>
    <message>
        <location filename="../model/package/packageverifier.cpp" line="439"/>
        <source>the package holds no OVF descriptor (*.ovf)</source>
        <translation>le paquet ne contient aucun descripteur OVF (*.ovf)</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="169"/>
        <source>referenced by File &apos;%1&apos;, but the package has no such member</source>
        <translation>référencé par le File «&#xa0;%1&#xa0;», mais le paquet n’a pas de membre de ce nom</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="178"/>
        <source>holds %1 bytes, its File declares ovf:size=&quot;%2&quot; (DSP0243 §7.1)</source>
        <translation>contient %1 octets, son File déclare ovf:size=&quot;%2&quot; (DSP0243 §7.1)</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="192"/>
        <source>&apos;%1&apos; does not match its manifest digest</source>
        <translation>«&#xa0;%1&#xa0;» ne correspond pas à l’empreinte de son manifeste</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="197"/>
        <source>&apos;%1&apos; is not listed in the manifest</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="236"/>
        <source>&apos;%1&apos;: not referenced by the descriptor</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: non référencé par le descripteur</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="278"/>
        <source>the manifest was not read</source>
        <translation>le manifeste n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../model/package/packagescan.cpp" line="317"/>
        <source>not hashed yet, checked when read: %1</source>
        <translation>pas encore haché, vérifié à la lecture&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../model/deploy/plan.cpp" line="33"/>
        <source>(not connected)</source>
        <translation>(non connecté)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plan.cpp" line="35"/>
        <source>(user-mode networking)</source>
        <translation>(réseau en mode utilisateur)</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="41"/>
        <source>%1 CPUs is outside the package&apos;s range of %2 to %3</source>
        <translation>%1 processeurs est hors de la plage du paquet, de %2 à %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="42"/>
        <source>%1 CPUs: choose %2 to %3</source>
        <translation>%1 processeurs&#xa0;: choisissez de %2 à %3</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="54"/>
        <source>%1 MiB of memory is outside the package&apos;s range of %2 to %3 MiB</source>
        <translation>%1 Mio de mémoire est hors de la plage du paquet, de %2 à %3 Mio</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="55"/>
        <source>%1 MiB of memory: choose %2 to %3 MiB</source>
        <translation>%1 Mio de mémoire&#xa0;: choisissez de %2 à %3 Mio</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="67"/>
        <location filename="../model/deploy/plancheck.cpp" line="234"/>
        <source>the package has no virtual system with this id</source>
        <translation>le paquet n’a pas de système virtuel avec cet identifiant</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="141"/>
        <source>the license text differs from the one accepted (digest mismatch)</source>
        <translation>le texte de licence diffère de celui accepté (empreintes différentes)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="142"/>
        <source>the license agreement has not been accepted</source>
        <translation>le contrat de licence n’a pas été accepté</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="166"/>
        <source>the target has no network &apos;%1&apos; (choose one of its networks, &apos;%2&apos; for not connected or &apos;%3&apos; for user-mode networking)</source>
        <translation>la cible n’a pas de réseau «&#xa0;%1&#xa0;» (choisissez un de ses réseaux, «&#xa0;%2&#xa0;» pour non connecté ou «&#xa0;%3&#xa0;» pour le réseau en mode utilisateur)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="174"/>
        <source>OVF network &apos;%1&apos; is vCloud Director&apos;s placeholder for a disconnected adapter: its adapters are not connected</source>
        <translation>le réseau OVF «&#xa0;%1&#xa0;» est l’emplacement réservé de vCloud Director pour une carte déconnectée&#xa0;: ses cartes ne sont pas connectées</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="178"/>
        <source>OVF network &apos;%1&apos; is connected to &apos;%2&apos;, the target&apos;s only network</source>
        <translation>le réseau OVF «&#xa0;%1&#xa0;» est connecté à «&#xa0;%2&#xa0;», l’unique réseau de la cible</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="182"/>
        <source>OVF network &apos;%1&apos; uses QEMU user-mode networking: the target has no active network (outgoing connections work, the guest is not reachable from outside)</source>
        <translation>le réseau OVF «&#xa0;%1&#xa0;» utilise le réseau QEMU en mode utilisateur&#xa0;: la cible n’a aucun réseau actif (les connexions sortantes fonctionnent, l’invité n’est pas joignable de l’extérieur)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="186"/>
        <source>no target network is chosen for this OVF network</source>
        <translation>aucun réseau cible n’est choisi pour ce réseau OVF</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="191"/>
        <source>the package has no network with this name</source>
        <translation>le paquet n’a pas de réseau de ce nom</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="210"/>
        <source>&apos;%1&apos; is not a valid VM name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 63; suggestion: &apos;%2&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de VM valide (lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;», «&#xa0;-&#xa0;»&#xa0;; 63 au plus&#xa0;; suggestion&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="214"/>
        <source>the target already has a virtual machine named &apos;%1&apos;</source>
        <translation>la cible a déjà une machine virtuelle nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="217"/>
        <source>the VM name &apos;%1&apos; is used twice</source>
        <translation>le nom de VM «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="227"/>
        <source>virtual system &apos;%1&apos; is named &apos;%2&apos;: &apos;%3&apos; is taken</source>
        <translation>le système virtuel «&#xa0;%1&#xa0;» est nommé «&#xa0;%2&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» est déjà pris</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="240"/>
        <source>the folder backend needs an output folder</source>
        <translation>le backend dossier exige un dossier de sortie</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="243"/>
        <source>the folder backend writes the disks into the output folder; storage is chosen for libvirt only</source>
        <translation>le backend dossier écrit les disques dans le dossier de sortie&#xa0;; le stockage ne se choisit que pour libvirt</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="248"/>
        <source>the libvirt connection URI is empty</source>
        <translation>l’URI de connexion libvirt est vide</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="252"/>
        <source>the target has no storage pool &apos;%1&apos;: it will be created as virt-install does, a directory pool at %2, started and autostarted</source>
        <translation>la cible n’a pas de pool de stockage «&#xa0;%1&#xa0;»&#xa0;: il sera créé comme le fait virt-install, pool de type répertoire dans %2, démarré et démarré automatiquement</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="256"/>
        <source>the target has no storage pool of this name</source>
        <translation>la cible n’a pas de pool de stockage de ce nom</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="261"/>
        <source>the folder for the disk files does not exist</source>
        <translation>le dossier des fichiers disque n’existe pas</translation>
    </message>
    <message>
        <location filename="../model/deploy/plancheck.cpp" line="264"/>
        <source>not a valid libvirt storage pool name (or an absolute folder path)</source>
        <translation>pas un nom de pool de stockage libvirt valide (ni un chemin de dossier absolu)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="107"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="108"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="109"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="110"/>
        <source>&amp;Manifest digest:</source>
        <translation>&amp;Empreinte du manifeste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="111"/>
        <source>The algorithm of the manifest written when a package is saved (DSP0243 §5.1; SHA-256 or better makes a package eligible for Verified)</source>
        <translation>L’algorithme du manifeste écrit à l’enregistrement d’un paquet (DSP0243 §5.1&#xa0;; SHA-256 ou mieux rend un paquet éligible au statut Vérifié)</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="115"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Sauvegarde auto toutes les&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferencesdialog.cpp" line="116"/>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ProblemsSummaryLabel</name>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="28"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="34"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="43"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="43"/>
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="46"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="46"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/problemssummarylabel.cpp" line="49"/>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/problemssummarylabel.cpp" line="49"/>
        <source>%n notes</source>
        <translation>
            <numerusform>%n remarque</numerusform>
            <numerusform>%n remarques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <location filename="../views/problemsview.cpp" line="56"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="57"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="58"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../views/problemsview.cpp" line="102"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>ProductEditorTabs</name>
    <message>
        <location filename="../views/producteditortabs.cpp" line="31"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../views/producteditortabs.cpp" line="32"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
</context>
<context>
    <name>ProductSectionEditor</name>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="40"/>
        <source>Edit ovf:%1 of the product</source>
        <translation>Modifier ovf:%1 du produit</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="46"/>
        <source>Edit %1 of the product</source>
        <translation>Modifier %1 du produit</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="97"/>
        <source>Edit the icon&apos;s mime type</source>
        <translation>Modifier le type MIME de l’icône</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="130"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="130"/>
        <source>Class:</source>
        <translation>Classe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="131"/>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="131"/>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Vendor:</source>
        <translation>Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="132"/>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Full version:</source>
        <translation>Version complète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="133"/>
        <source>Product URL:</source>
        <translation>URL du produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Vendor URL:</source>
        <translation>URL du fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="134"/>
        <source>Application URL:</source>
        <translation>URL de l’application&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="143"/>
        <source>e.g. com.example.product (prefixes the property keys)</source>
        <translation>p. ex. com.example.product (préfixe des clés de propriété)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="144"/>
        <source>e.g. 1 (suffixes the property keys)</source>
        <translation>p. ex. 1 (suffixe des clés de propriété)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="147"/>
        <source>https://… (the application once deployed)</source>
        <translation>https://… (l’application une fois déployée)</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="148"/>
        <source>Icon</source>
        <translation>Icône</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="150"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="152"/>
        <source>Mime type:</source>
        <translation>Type MIME&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="153"/>
        <source>The ovf:id of the File in References that holds the icon; empty removes the icon</source>
        <translation>L’ovf:id du File de References qui contient l’icône&#xa0;; vide supprime l’icône</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="163"/>
        <source>Product section</source>
        <translation>Section produit</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="163"/>
        <source>Product section: %1</source>
        <translation>Section produit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="166"/>
        <source>Property keys in the OVF environment: %1</source>
        <translation>Clés de propriété dans l’environnement OVF&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="196"/>
        <source>No icon. Choose the File that holds one.</source>
        <translation>Aucune icône. Choisissez le File qui en contient une.</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="197"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="203"/>
        <source>No File with ovf:id %1 in References</source>
        <translation>Aucun File avec l’ovf:id %1 dans References</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="204"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="209"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="211"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="222"/>
        <source>The file is next to the descriptor but is not an image this program reads: %1</source>
        <translation>Le fichier est à côté du descripteur mais n’est pas une image lisible par ce programme&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="225"/>
        <source>No preview: the file is not next to the descriptor</source>
        <translation>Pas d’aperçu&#xa0;: le fichier n’est pas à côté du descripteur</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="228"/>
        <source>no preview</source>
        <translation>pas d’aperçu</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="239"/>
        <source>Add an icon</source>
        <translation>Ajouter une icône</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="247"/>
        <source>Remove the icon</source>
        <translation>Supprimer l’icône</translation>
    </message>
    <message>
        <location filename="../views/productsectioneditor.cpp" line="250"/>
        <source>Change the icon file</source>
        <translation>Changer le fichier de l’icône</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../wizards/progresspage.cpp" line="19"/>
        <source>Deploying</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="20"/>
        <source>The package is verified again while its disks are converted. Cancel removes everything created.</source>
        <translation>Le paquet est vérifié à nouveau pendant la conversion de ses disques. Annuler supprime tout ce qui a été créé.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="27"/>
        <source>&amp;Cancel Deployment</source>
        <translation>&amp;Annuler le déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="72"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="90"/>
        <source>Cancelling and removing what was created…</source>
        <translation>Annulation et suppression de ce qui a été créé…</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="98"/>
        <source>Cancel Deployment</source>
        <translation>Annuler le déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="99"/>
        <source>Cancel the deployment and remove everything created so far?</source>
        <translation>Annuler le déploiement et supprimer tout ce qui a été créé jusqu’ici&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="134"/>
        <source>Finished.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="135"/>
        <source>Cancelled; everything created was removed.</source>
        <translation>Annulé&#xa0;; tout ce qui avait été créé a été supprimé.</translation>
    </message>
    <message>
        <location filename="../wizards/progresspage.cpp" line="136"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PropertiesEditor</name>
    <message>
        <location filename="../views/propertieseditor.cpp" line="239"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/propertieseditor.cpp" line="246"/>
        <source>Properties with invalid values (shown in red): %n</source>
        <translation>
            <numerusform>Propriétés aux valeurs non valides (en rouge)&#xa0;: %n</numerusform>
            <numerusform>Propriétés aux valeurs non valides (en rouge)&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="282"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="282"/>
        <source>Properties of %1</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="291"/>
        <source>Keys in the OVF environment: %1. Categories group the properties below them.</source>
        <translation>Clés dans l’environnement OVF&#xa0;: %1. Les catégories regroupent les propriétés qui les suivent.</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="299"/>
        <source>Add Property</source>
        <translation>Ajouter une propriété</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="300"/>
        <source>Add Category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="301"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="302"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="303"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="304"/>
        <source>Qualifiers…</source>
        <translation>Qualificatifs…</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="305"/>
        <source>Per Configuration…</source>
        <translation>Par configuration…</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="306"/>
        <source>Add a property after the current row</source>
        <translation>Ajouter une propriété après la ligne courante</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="307"/>
        <source>Add a category heading after the current row</source>
        <translation>Ajouter un titre de catégorie après la ligne courante</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="308"/>
        <source>Edit MinLen, MaxLen, MinValue, MaxValue and ValueMap of the current property</source>
        <translation>Modifier MinLen, MaxLen, MinValue, MaxValue et ValueMap de la propriété courante</translation>
    </message>
    <message>
        <location filename="../views/propertieseditor.cpp" line="309"/>
        <source>Edit the values the current property takes per deployment option</source>
        <translation>Modifier les valeurs que prend la propriété courante selon l’option de déploiement</translation>
    </message>
</context>
<context>
    <name>PropertiesPage</name>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="19"/>
        <source>Appliance properties</source>
        <translation>Propriétés de l’appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="20"/>
        <source>The values the appliance reads when it starts for the first time.</source>
        <translation>Les valeurs que l’appliance virtuelle lit à son premier démarrage.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="22"/>
        <source>Show &amp;all properties</source>
        <translation>&amp;Afficher toutes les propriétés</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="24"/>
        <source>Also show the properties the package does not let you change.</source>
        <translation>Afficher aussi les propriétés que le paquet ne permet pas de modifier.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="100"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="102"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="115"/>
        <source>%1:</source>
        <comment>a property&apos;s label before its field</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="167"/>
        <source>All values are valid.</source>
        <translation>Toutes les valeurs sont valides.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="167"/>
        <source>1 field still invalid.</source>
        <translation>1 champ encore non valide.</translation>
    </message>
    <message>
        <location filename="../wizards/propertiespage.cpp" line="167"/>
        <source>%1 fields still invalid.</source>
        <translation>%1 champs encore non valides.</translation>
    </message>
</context>
<context>
    <name>PropertyField</name>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="79"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="106"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="110"/>
        <source>Confirm the password</source>
        <translation>Confirmez le mot de passe</translation>
    </message>
    <message>
        <location filename="../wizards/propertyfield.cpp" line="196"/>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PropertyResolver</name>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="64"/>
        <location filename="../model/deploy/propertyresolver.cpp" line="83"/>
        <source>its value refers to itself through ${...} references</source>
        <translation>sa valeur fait référence à elle-même via des références ${...}</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="78"/>
        <source>&apos;%1&apos; refers to ${%2}, which is not a property of this entity or its collections</source>
        <translation>«&#xa0;%1&#xa0;» fait référence à ${%2}, qui n’est pas une propriété de cette entité ni de ses collections</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="88"/>
        <source>${%1} cannot be resolved: %2</source>
        <translation>${%1} ne peut pas être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="161"/>
        <source>the package has no entity &apos;%1&apos;</source>
        <translation>le paquet n’a pas d’entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="163"/>
        <source>the package has no property with this key</source>
        <translation>le paquet n’a pas de propriété avec cette clé</translation>
    </message>
    <message>
        <location filename="../model/deploy/propertyresolver.cpp" line="200"/>
        <source>the property is not user-configurable; its value is &apos;%1&apos;</source>
        <translation>la propriété n’est pas configurable par l’utilisateur&#xa0;; sa valeur est «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QualifiersDialog</name>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="114"/>
        <source>ovf:qualifiers = %1</source>
        <translation>ovf:qualifiers = %1</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="114"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="123"/>
        <source>Kept as written: %1</source>
        <translation>Conservé tel qu’écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="130"/>
        <source>Qualifiers</source>
        <translation>Qualificatifs</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="131"/>
        <source>Limits on the values of this %1 property. Leave a field empty for no limit.</source>
        <translation>Limites des valeurs de cette propriété %1. Laissez un champ vide pour ne pas fixer de limite.</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Minimum length:</source>
        <translation>Longueur minimale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Maximum length:</source>
        <translation>Longueur maximale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="134"/>
        <source>Minimum value:</source>
        <translation>Valeur minimale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="135"/>
        <source>Maximum value:</source>
        <translation>Valeur maximale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="135"/>
        <source>Allowed values:</source>
        <translation>Valeurs autorisées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="141"/>
        <location filename="../views/qualifiersdialog.cpp" line="142"/>
        <source>characters (string)</source>
        <translation>caractères (chaîne)</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="143"/>
        <location filename="../views/qualifiersdialog.cpp" line="144"/>
        <source>numbers</source>
        <translation>nombres</translation>
    </message>
    <message>
        <location filename="../views/qualifiersdialog.cpp" line="145"/>
        <source>comma-separated, e.g. small, medium, large or 1..10</source>
        <translation>séparées par des virgules, p. ex. small, medium, large ou 1..10</translation>
    </message>
</context>
<context>
    <name>RangeHasher</name>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="49"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="67"/>
        <location filename="../model/package/rangehasher.cpp" line="74"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/rangehasher.cpp" line="79"/>
        <source>the archive ends inside this member (truncated, or cut while it was read)</source>
        <translation>l’archive se termine au milieu de ce membre (tronquée, ou coupée pendant la lecture)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../app/gui/readonlybanner.cpp" line="28"/>
        <source>Read-only: %1 is Invalid and is shown for inspection only; it cannot be edited, saved or deployed. Why:
%2</source>
        <translation>Lecture seule&#xa0;: %1 n’est pas valide et n’est affiché que pour examen&#xa0;; il ne peut être ni modifié, ni enregistré, ni déployé. Pourquoi&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>RebindNamespaceCommand</name>
    <message>
        <location filename="../model/commands/rebindnamespacecommand.cpp" line="30"/>
        <source>The namespace is already %1.</source>
        <translation>L’espace de noms est déjà %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/rebindnamespacecommand.cpp" line="34"/>
        <source>The namespace %1 is not declared in the document.</source>
        <translation>L’espace de noms %1 n’est pas déclaré dans le document.</translation>
    </message>
    <message>
        <location filename="../model/commands/rebindnamespacecommand.cpp" line="46"/>
        <source>Change namespace %1 to %2</source>
        <translation>Changer l’espace de noms %1 en %2</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <location filename="../app/gui/recentfilesmenu.cpp" line="55"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/gui/recentfilesmenu.cpp" line="67"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>RemoveDeviceCommand</name>
    <message>
        <location filename="../model/commands/removedevicecommand.cpp" line="17"/>
        <source>Only Items of a VirtualHardwareSection are removed here.</source>
        <translation>Seuls les Items d’une VirtualHardwareSection sont supprimés ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/removedevicecommand.cpp" line="30"/>
        <source>%1 still has devices attached (%2); remove or move them first.</source>
        <translation>%1 a encore des périphériques rattachés (%2)&#xa0;; supprimez-les ou déplacez-les d’abord.</translation>
    </message>
    <message>
        <location filename="../model/commands/removedevicecommand.cpp" line="36"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>RemoveDiskCommand</name>
    <message>
        <location filename="../model/commands/removediskcommand.cpp" line="19"/>
        <source>Only a Disk of the DiskSection is removed here.</source>
        <translation>Seul un Disk de la DiskSection est supprimé ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/removediskcommand.cpp" line="27"/>
        <source>Disk &quot;%1&quot; is the parent of %2; remove that disk first.</source>
        <translation>Le disque «&#xa0;%1&#xa0;» est le parent de %2&#xa0;; supprimez d’abord ce disque.</translation>
    </message>
    <message>
        <location filename="../model/commands/removediskcommand.cpp" line="51"/>
        <source>Remove disk &apos;%1&apos;</source>
        <translation>Supprimer le disque «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveElementCommand</name>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="13"/>
        <source>Nothing to remove.</source>
        <translation>Rien à supprimer.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="15"/>
        <source>%1 is the document&apos;s root (or not in the document) and cannot be removed.</source>
        <translation>%1 est la racine du document (ou n’est pas dans le document) et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="20"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>RemoveEntityCommand</name>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="15"/>
        <source>Only virtual systems and collections are removed here.</source>
        <translation>Seuls les systèmes virtuels et les collections sont supprimés ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="18"/>
        <source>The Envelope needs its virtual system or collection (DSP0243: exactly one content entity).</source>
        <translation>L’Envelope a besoin de son système virtuel ou de sa collection (DSP0243&#xa0;: exactement une entité de contenu).</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="21"/>
        <source>&apos;%1&apos; is the only entity of collection &apos;%2&apos;, which needs at least one.</source>
        <translation>«&#xa0;%1&#xa0;» est la seule entité de la collection «&#xa0;%2&#xa0;», qui en exige au moins une.</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="26"/>
        <source>Remove collection &apos;%1&apos;</source>
        <translation>Supprimer la collection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/removeentitycommand.cpp" line="27"/>
        <source>Remove virtual system &apos;%1&apos;</source>
        <translation>Supprimer le système virtuel «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveFileCommand</name>
    <message>
        <location filename="../model/commands/removefilecommand.cpp" line="16"/>
        <source>Only a File of References is removed here.</source>
        <translation>Seul un File de References est supprimé ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/removefilecommand.cpp" line="24"/>
        <source>File &quot;%1&quot; is still used by %2.</source>
        <translation>Le File «&#xa0;%1&#xa0;» est encore utilisé par %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/removefilecommand.cpp" line="26"/>
        <source>Remove file &apos;%1&apos;</source>
        <translation>Supprimer le fichier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveNetworkCommand</name>
    <message>
        <location filename="../model/commands/removenetworkcommand.cpp" line="19"/>
        <source>Only a Network of the NetworkSection is removed here.</source>
        <translation>Seul un Network de la NetworkSection est supprimé ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/removenetworkcommand.cpp" line="23"/>
        <source>%n network adapter(s) still connect to &quot;%1&quot;; connect them elsewhere or remove them first.</source>
        <translation>
            <numerusform>%n carte réseau est encore connectée à «&#xa0;%1&#xa0;»&#xa0;; connectez-la ailleurs ou supprimez-la d’abord.</numerusform>
            <numerusform>%n cartes réseau sont encore connectées à «&#xa0;%1&#xa0;»&#xa0;; connectez-les ailleurs ou supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/removenetworkcommand.cpp" line="26"/>
        <source>Remove network &apos;%1&apos;</source>
        <translation>Supprimer le réseau «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemovePropertyCommand</name>
    <message>
        <location filename="../model/commands/removepropertycommand.cpp" line="14"/>
        <source>Only a Property of a ProductSection is removed here.</source>
        <translation>Seule une Property d’une ProductSection est supprimée ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/removepropertycommand.cpp" line="16"/>
        <source>Remove property &apos;%1&apos;</source>
        <translation>Supprimer la propriété «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemoveSectionCommand</name>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="18"/>
        <source>&apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="19"/>
        <source>the Envelope</source>
        <translation>l’Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/removesectioncommand.cpp" line="20"/>
        <source>Remove %1 from %2</source>
        <translation>Supprimer %1 de %2</translation>
    </message>
</context>
<context>
    <name>RenameDeploymentOptionCommand</name>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="48"/>
        <source>Only a DeploymentOptionSection Configuration is renamed here.</source>
        <translation>Seule une Configuration de DeploymentOptionSection est renommée ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="52"/>
        <source>The deployment option is already called &quot;%1&quot;.</source>
        <translation>L’option de déploiement s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="55"/>
        <source>Another deployment option is already called &quot;%1&quot;.</source>
        <translation>Une autre option de déploiement s’appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/renamedeploymentoptioncommand.cpp" line="69"/>
        <source>Rename deployment option &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer l’option de déploiement «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RenameEntityIdCommand</name>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="15"/>
        <source>Only virtual systems and collections are renamed here.</source>
        <translation>Seuls les systèmes virtuels et les collections sont renommés ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="21"/>
        <source>%1 is already called &quot;%2&quot;.</source>
        <translation>%1 s’appelle déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="24"/>
        <source>Another virtual system or collection is already called &quot;%1&quot;; ids must be unique in the descriptor.</source>
        <translation>Un autre système virtuel ou une autre collection s’appelle déjà «&#xa0;%1&#xa0;»&#xa0;; les identifiants doivent être uniques dans le descripteur.</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="28"/>
        <source>Rename collection &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer la collection «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/renameentityidcommand.cpp" line="29"/>
        <source>Rename virtual system &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer le système virtuel «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RenameReferenceCommand</name>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="20"/>
        <location filename="../model/commands/renamereferencecommand.cpp" line="39"/>
        <source>Only disks, files and networks are renamed here.</source>
        <translation>Seuls les disques, fichiers et réseaux sont renommés ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="42"/>
        <source>A network name cannot be empty.</source>
        <translation>Un nom de réseau ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="46"/>
        <source>%1 is already called &quot;%2&quot;.</source>
        <translation>%1 s’appelle déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="48"/>
        <source>&quot;%1&quot; is already taken by another %2.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà pris par un autre %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/renamereferencecommand.cpp" line="52"/>
        <source>Rename %1 &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>Renommer %1 «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReplaceAttributesCommand</name>
    <message>
        <location filename="../model/commands/replaceattributescommand.cpp" line="12"/>
        <source>No element to change.</source>
        <translation>Aucun élément à modifier.</translation>
    </message>
    <message>
        <location filename="../model/commands/replaceattributescommand.cpp" line="16"/>
        <source>Edit the attributes of %1</source>
        <translation>Modifier les attributs de %1</translation>
    </message>
</context>
<context>
    <name>ReplaceNodesCommand</name>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="13"/>
        <source>No element to change.</source>
        <translation>Aucun élément à modifier.</translation>
    </message>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="15"/>
        <source>%1 has no child nodes %2 to %3.</source>
        <translation>%1 n’a pas de nœuds enfants %2 à %3.</translation>
    </message>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="17"/>
        <source>%1: nothing to replace.</source>
        <translation>%1&#xa0;: rien à remplacer.</translation>
    </message>
    <message>
        <location filename="../model/commands/replacenodescommand.cpp" line="34"/>
        <source>Edit the XML of %1</source>
        <translation>Modifier le XML de %1</translation>
    </message>
</context>
<context>
    <name>ResignDialog</name>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="17"/>
        <source>Save Signed Package</source>
        <translation>Enregistrer un paquet signé</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="18"/>
        <source>“%1” is signed. Its signature covers the old manifest, so saving writes a new manifest: sign it again with your key, or save the package unsigned.</source>
        <translation>«&#xa0;%1&#xa0;» est signé. Sa signature couvre l’ancien manifeste et l’enregistrement écrit un nouveau manifeste&#xa0;: signez-le de nouveau avec votre clé, ou enregistrez le paquet sans signature.</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="26"/>
        <source>&amp;Sign and Save</source>
        <translation>&amp;Signer et enregistrer</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="27"/>
        <source>Save &amp;Unsigned</source>
        <translation>&amp;Enregistrer sans signature</translation>
    </message>
    <message>
        <location filename="../app/gui/resigndialog.cpp" line="53"/>
        <source>Loading the key…</source>
        <translation>Chargement de la clé…</translation>
    </message>
</context>
<context>
    <name>SaveController</name>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="41"/>
        <source>OVF descriptor (*.ovf)</source>
        <translation>Descripteur OVF (*.ovf)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="42"/>
        <source>OVA package (*.ova)</source>
        <translation>Paquet OVA (*.ova)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="43"/>
        <source>ZIP package (*.zip)</source>
        <translation>Paquet ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="44"/>
        <source>OVF folder (a new folder)</source>
        <translation>Dossier OVF (un nouveau dossier)</translation>
    </message>
    <message>
        <location filename="../app/gui/savecontroller.cpp" line="50"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
</context>
<context>
    <name>SectionRules</name>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="19"/>
        <source>the Envelope</source>
        <translation>l’Envelope</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="20"/>
        <source>a VirtualSystem</source>
        <translation>un VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="21"/>
        <source>a VirtualSystemCollection</source>
        <translation>une VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="64"/>
        <source>Sections can only be added to the Envelope, a VirtualSystem or a VirtualSystemCollection.</source>
        <translation>Les sections ne peuvent être ajoutées qu’à l’Envelope, à un VirtualSystem ou à une VirtualSystemCollection.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="68"/>
        <source>%1 is not allowed in %2 (%3).</source>
        <translation>%1 n’est pas autorisé dans %2 (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="73"/>
        <source>%1 already has a %2; there may be only one (%3).</source>
        <translation>%1 a déjà une %2&#xa0;; il ne peut y en avoir qu’une (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="78"/>
        <source>A %1 needs content this editor cannot choose for you; add it in the XML.</source>
        <translation>Une %1 exige un contenu que cet éditeur ne peut pas choisir pour vous&#xa0;; ajoutez-la dans le XML.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="96"/>
        <source>Not a section.</source>
        <translation>Pas une section.</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="104"/>
        <source>%1 is the only VirtualHardwareSection of its virtual system, which needs one (DSP0243 VirtualSystem_Type).</source>
        <translation>%1 est l’unique VirtualHardwareSection de son système virtuel, qui en exige une (DSP0243 VirtualSystem_Type).</translation>
    </message>
    <message>
        <location filename="../model/commands/sectionrules.cpp" line="130"/>
        <source>%1 cannot be removed: &quot;%2&quot; is still referenced.</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: «&#xa0;%2&#xa0;» est encore référencé.</translation>
    </message>
</context>
<context>
    <name>SetAttributeCommand</name>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="26"/>
        <location filename="../model/commands/setattributecommand.cpp" line="63"/>
        <source>No element to change.</source>
        <translation>Aucun élément à modifier.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="28"/>
        <source>%1: namespace declarations are not edited as attributes.</source>
        <translation>%1&#xa0;: les déclarations d’espaces de noms ne se modifient pas comme des attributs.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="32"/>
        <source>%1: there is no attribute %2 to remove.</source>
        <translation>%1&#xa0;: il n’y a pas d’attribut %2 à supprimer.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="34"/>
        <source>%1: %2 is already &quot;%3&quot;.</source>
        <translation>%1&#xa0;: %2 vaut déjà «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="38"/>
        <source>%1: the new value of %2 holds the character U+%3 at character %4, which XML cannot hold.</source>
        <translation>%1&#xa0;: la nouvelle valeur de %2 contient le caractère U+%3 à la position %4, que XML ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="53"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../model/commands/setattributecommand.cpp" line="54"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>SetDeviceCommand</name>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="20"/>
        <source>Only Items of a VirtualHardwareSection are edited here.</source>
        <translation>Seuls les Items d’une VirtualHardwareSection sont modifiés ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="37"/>
        <source>Only network adapters connect to a network.</source>
        <translation>Seules les cartes réseau se connectent à un réseau.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="39"/>
        <source>There is no network &quot;%1&quot; in the NetworkSection; add it first.</source>
        <translation>Il n’y a pas de réseau «&#xa0;%1&#xa0;» dans la NetworkSection&#xa0;; ajoutez-le d’abord.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="44"/>
        <source>Only network adapters have a MAC address.</source>
        <translation>Seules les cartes réseau ont une adresse MAC.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="46"/>
        <source>&quot;%1&quot; is not a MAC address (six hex pairs such as 52:54:00:12:34:56).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse MAC (six paires hexadécimales comme 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="51"/>
        <source>Only drives sit on a disk controller.</source>
        <translation>Seuls les lecteurs se trouvent sur un contrôleur de disque.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="56"/>
        <source>There is no disk controller with InstanceID &quot;%1&quot; in this hardware section.</source>
        <translation>Il n’y a pas de contrôleur de disque avec l’InstanceID «&#xa0;%1&#xa0;» dans cette section matérielle.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="66"/>
        <source>Controller %1 has no free address.</source>
        <translation>Le contrôleur %1 n’a aucune adresse libre.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="69"/>
        <source>Address %1 does not exist on controller %2 (%3).</source>
        <translation>L’adresse %1 n’existe pas sur le contrôleur %2 (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="71"/>
        <source>Address %1 of controller %2 is taken by another device.</source>
        <translation>L’adresse %1 du contrôleur %2 est prise par un autre périphérique.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="80"/>
        <source>Only CD and DVD drives hold a file.</source>
        <translation>Seuls les lecteurs CD et DVD contiennent un fichier.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="82"/>
        <source>There is no File &quot;%1&quot; in References for the drive.</source>
        <translation>Il n’y a pas de File «&#xa0;%1&#xa0;» dans References pour le lecteur.</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="90"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../model/commands/setdevicecommand.cpp" line="95"/>
        <source>%1 already has these values.</source>
        <translation>%1 a déjà ces valeurs.</translation>
    </message>
</context>
<context>
    <name>SetElementTextCommand</name>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="22"/>
        <source>No element to change.</source>
        <translation>Aucun élément à modifier.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="24"/>
        <source>%1 contains elements; only the text of a leaf element can be set.</source>
        <translation>%1 contient des éléments&#xa0;; seul le texte d’un élément feuille peut être défini.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="27"/>
        <source>%1 already reads &quot;%2&quot;.</source>
        <translation>%1 indique déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="29"/>
        <source>The new text of %1 holds the character U+%2 at character %3, which XML cannot hold.</source>
        <translation>Le nouveau texte de %1 contient le caractère U+%2 à la position %3, que XML ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../model/commands/setelementtextcommand.cpp" line="34"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>SetEntityTextCommand</name>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="19"/>
        <source>Name and Info are set on a virtual system or collection.</source>
        <translation>Name et Info se définissent sur un système virtuel ou une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="22"/>
        <source>Every virtual system and collection has an Info text (DSP0243 §7.2).</source>
        <translation>Chaque système virtuel et chaque collection a un texte Info (DSP0243 §7.2).</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="28"/>
        <source>Change the Info of &apos;%1&apos;</source>
        <translation>Modifier l’Info de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="28"/>
        <source>Rename &apos;%1&apos; to &quot;%2&quot;</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="31"/>
        <source>%1 already reads &quot;%2&quot;.</source>
        <translation>%1 indique déjà «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/setentitytextcommand.cpp" line="40"/>
        <source>&apos;%1&apos; has no Name to remove.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de Name à supprimer.</translation>
    </message>
</context>
<context>
    <name>SetFileAttributeCommand</name>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="18"/>
        <source>Only a File of References is edited here.</source>
        <translation>Seul un File de References est modifié ici.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="24"/>
        <source>A File needs its ovf:href.</source>
        <translation>Un File a besoin de son ovf:href.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="29"/>
        <source>File &quot;%1&quot; already has the name &quot;%2&quot;.</source>
        <translation>Le File «&#xa0;%1&#xa0;» porte déjà le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="40"/>
        <source>ovf:chunkSize is a number of bytes above 0.</source>
        <translation>ovf:chunkSize est un nombre d’octets supérieur à 0.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="53"/>
        <source>Set %1 of file &apos;%2&apos;</source>
        <translation>Définir %1 du fichier «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/setfileattributecommand.cpp" line="54"/>
        <source>Remove %1 of file &apos;%2&apos;</source>
        <translation>Supprimer %1 du fichier «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetFirmwareCommand</name>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="37"/>
        <source>The firmware is set in a VirtualHardwareSection.</source>
        <translation>Le micrologiciel se définit dans une VirtualHardwareSection.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="40"/>
        <source>The firmware is already %1.</source>
        <translation>Le micrologiciel est déjà %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="43"/>
        <source>Boot with UEFI firmware</source>
        <translation>Démarrer avec le micrologiciel UEFI</translation>
    </message>
    <message>
        <location filename="../model/commands/setfirmwarecommand.cpp" line="43"/>
        <source>Boot with BIOS firmware</source>
        <translation>Démarrer avec le micrologiciel BIOS</translation>
    </message>
</context>
<context>
    <name>SetHardwareQuantityCommand</name>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="89"/>
        <source>ovf:bound is min, max or normal, not &quot;%1&quot; (DSP0243 §9.8).</source>
        <translation>ovf:bound vaut min, max ou normal, pas «&#xa0;%1&#xa0;» (DSP0243 §9.8).</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="99"/>
        <source>There is no deployment option &quot;%1&quot; (add it to the DeploymentOptionSection first).</source>
        <translation>Il n’y a pas d’option de déploiement «&#xa0;%1&#xa0;» (ajoutez-la d’abord à la DeploymentOptionSection).</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="108"/>
        <source>A virtual system has 1 to 4096 virtual CPUs, not %1.</source>
        <translation>Un système virtuel a de 1 à 4096 processeurs virtuels, pas %1.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="110"/>
        <source>%1 CPUs cannot be split into sockets of %2 cores.</source>
        <translation>%1 processeurs ne se répartissent pas en sockets de %2 cœurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="111"/>
        <source>Set %n virtual CPU(s)</source>
        <translation>
            <numerusform>Définir %n processeur virtuel</numerusform>
            <numerusform>Définir %n processeurs virtuels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="120"/>
        <source>A virtual system needs more than 0 bytes of memory.</source>
        <translation>Un système virtuel a besoin de plus de 0 octet de mémoire.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="121"/>
        <source>Set memory to %1</source>
        <translation>Définir la mémoire à %1</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="130"/>
        <source>CPUs and memory are set in a VirtualHardwareSection.</source>
        <translation>Les processeurs et la mémoire se définissent dans une VirtualHardwareSection.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="134"/>
        <source> for option &apos;%1&apos;</source>
        <translation> pour l’option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="202"/>
        <source>%1 already has that value.</source>
        <translation>%1 a déjà cette valeur.</translation>
    </message>
    <message>
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="262"/>
        <source>%1 of memory</source>
        <translation>%1 de mémoire</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/sethardwarequantitycommand.cpp" line="265"/>
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n processeur virtuel</numerusform>
            <numerusform>%n processeurs virtuels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetProductCommand</name>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="31"/>
        <source>ovf:class and ovf:instance cannot contain &apos;:&apos; (DSP0243 §9.5).</source>
        <translation>ovf:class et ovf:instance ne peuvent pas contenir «&#xa0;:&#xa0;» (DSP0243 §9.5).</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="33"/>
        <source>ovf:class and ovf:instance cannot contain spaces.</source>
        <translation>ovf:class et ovf:instance ne peuvent pas contenir d’espaces.</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="69"/>
        <source>Product information belongs to a virtual system or collection.</source>
        <translation>Les informations produit appartiennent à un système virtuel ou à une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="85"/>
        <source>Set product information of &apos;%1&apos;</source>
        <translation>Définir les informations produit de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/setproductcommand.cpp" line="92"/>
        <source>%1 already has that product information.</source>
        <translation>%1 a déjà ces informations produit.</translation>
    </message>
</context>
<context>
    <name>SetPropertyCommand</name>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="44"/>
        <source>Properties belong to a virtual system or collection.</source>
        <translation>Les propriétés appartiennent à un système virtuel ou à une collection.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="49"/>
        <source>A property needs a key.</source>
        <translation>Une propriété a besoin d’une clé.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="51"/>
        <source>The key &quot;%1&quot; cannot contain &apos;.&apos;, &apos;:&apos; or spaces (DSP0243 §9.5).</source>
        <translation>La clé «&#xa0;%1&#xa0;» ne peut pas contenir «&#xa0;.&#xa0;», «&#xa0;:&#xa0;» ni d’espaces (DSP0243 §9.5).</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="63"/>
        <location filename="../model/commands/setpropertycommand.cpp" line="70"/>
        <source>Property &quot;%1&quot;: %2</source>
        <translation>Propriété «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="73"/>
        <source>Property &quot;%1&quot;: the qualifiers cannot be read: %2</source>
        <translation>Propriété «&#xa0;%1&#xa0;»&#xa0;: les qualificatifs sont illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="82"/>
        <source>Property &quot;%1&quot;: the %2 is not valid: %3</source>
        <translation>Propriété «&#xa0;%1&#xa0;»&#xa0;: la %2 n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="83"/>
        <source>it is not within the qualifiers (value not shown)</source>
        <translation>elle ne respecte pas les qualificatifs (valeur non affichée)</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="92"/>
        <source>There is no deployment option &quot;%1&quot;.</source>
        <translation>Il n’y a pas d’option de déploiement «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="93"/>
        <source>value for option &quot;%1&quot;</source>
        <translation>valeur pour l’option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="94"/>
        <location filename="../model/commands/setpropertycommand.cpp" line="96"/>
        <source>default value</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="99"/>
        <source>Property &quot;%1&quot; is listed under &quot;%2&quot;; a category is chosen when a property is added.</source>
        <translation>La propriété «&#xa0;%1&#xa0;» est rangée sous «&#xa0;%2&#xa0;»&#xa0;; la catégorie se choisit à l’ajout d’une propriété.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="110"/>
        <source>Change property &apos;%1&apos;</source>
        <translation>Modifier la propriété «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="169"/>
        <source>Property &quot;%1&quot; already has these values.</source>
        <translation>La propriété «&#xa0;%1&#xa0;» a déjà ces valeurs.</translation>
    </message>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="203"/>
        <source>Add property &apos;%1&apos;</source>
        <translation>Ajouter la propriété «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SignerForm</name>
    <message>
        <location filename="../wizards/signerform.cpp" line="107"/>
        <source>Sign with a &amp;PEM private key and its certificate chain</source>
        <translation>Signer avec une clé privée PE&amp;M et sa chaîne de certificats</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="108"/>
        <source>Sign with a PKCS#&amp;12 file (.p12, .pfx)</source>
        <translation>Signer avec un fichier PKCS#&amp;12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="109"/>
        <source>Private &amp;key:</source>
        <translation>&amp;Clé privée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="110"/>
        <source>Certificate &amp;chain:</source>
        <translation>C&amp;haîne de certificats&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="111"/>
        <source>PKCS#12 &amp;file:</source>
        <translation>&amp;Fichier PKCS#12&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="106"/>
        <source>Do n&amp;ot sign (the package gets a manifest only)</source>
        <translation>&amp;Ne pas signer (le paquet reçoit seulement un manifeste)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="112"/>
        <source>Passph&amp;rase:</source>
        <translation>Ph&amp;rase secrète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="113"/>
        <source>only for an encrypted key; never stored</source>
        <translation>uniquement pour une clé chiffrée&#xa0;; jamais conservée</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="114"/>
        <source>the signer&apos;s certificate, then its intermediates (may be the key file)</source>
        <translation>le certificat du signataire, puis ses intermédiaires (peut être le fichier de la clé)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="116"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="171"/>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Fichiers PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="172"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="173"/>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>Clés privées PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizards/signerform.cpp" line="174"/>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="20"/>
        <source>Choose the appliance</source>
        <translation>Choisir l’appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="21"/>
        <source>Deploy the document that is open, or choose an OVA, OVF or ZIP package.</source>
        <translation>Déployez le document ouvert, ou choisissez un paquet OVA, OVF ou ZIP.</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="23"/>
        <source>The open document: %1</source>
        <translation>Le document ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="26"/>
        <source>A package file or folder:</source>
        <translation>Un fichier ou dossier de paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="30"/>
        <source>/path/to/appliance.ova</source>
        <translation>/chemin/vers/appliance.ova</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="32"/>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="33"/>
        <source>Choose F&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="83"/>
        <source>Choose an Appliance</source>
        <translation>Choisir une appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="84"/>
        <source>OVF packages (*.ova *.ovf *.zip);;All files (*)</source>
        <translation>Paquets OVF (*.ova *.ovf *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="93"/>
        <source>Choose an OVF Folder</source>
        <translation>Choisir un dossier OVF</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="109"/>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../wizards/sourcepage.cpp" line="113"/>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
</context>
<context>
    <name>StagingArea</name>
    <message>
        <location filename="../model/package/staging.cpp" line="64"/>
        <source>does not match the digest it had when the package was verified: the package changed</source>
        <translation>ne correspond pas à l’empreinte qu’il avait lors de la vérification du paquet&#xa0;: le paquet a changé</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="84"/>
        <source>is no longer in the package</source>
        <translation>ne se trouve plus dans le paquet</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="105"/>
        <source>the staging parent folder does not exist or is not writable</source>
        <translation>le dossier parent de préparation n’existe pas ou n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="111"/>
        <source>cannot create a staging folder: %1</source>
        <translation>impossible de créer un dossier de préparation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="119"/>
        <source>the staging folder is not a private (0700) folder of this user</source>
        <translation>le dossier de préparation n’est pas un dossier privé (0700) de cet utilisateur</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="133"/>
        <source>the package did not pass verification; nothing is staged</source>
        <translation>le paquet n’a pas passé la vérification&#xa0;; rien n’est préparé</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="142"/>
        <source>no verified File with this ovf:id</source>
        <translation>aucun File vérifié avec cet ovf:id</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="147"/>
        <source>was not hashed when the package was verified</source>
        <translation>n’a pas été haché lors de la vérification du paquet</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="161"/>
        <source>cannot create the staged file: %1</source>
        <translation>impossible de créer le fichier préparé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="181"/>
        <source>the caller&apos;s limit of %1 bytes</source>
        <translation>la limite de l’appelant, %1 octets</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="205"/>
        <source>; it may inflate up to %1 bytes, %2</source>
        <translation>; il peut atteindre %1 octets décompressé, %2</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="206"/>
        <source>; it is stored as %1 bytes</source>
        <translation>; il est stocké sur %1 octets</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="208"/>
        <source>needs at least %1 bytes in the staging folder so far (%2 kept free), only %3 are free%4</source>
        <translation>nécessite jusqu’ici au moins %1 octets dans le dossier de préparation (%2 gardés libres), seuls %3 sont libres%4</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="214"/>
        <source>cannot write the staged file: %1</source>
        <translation>impossible d’écrire le fichier préparé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/staging.cpp" line="226"/>
        <source>cannot rename the staged file</source>
        <translation>impossible de renommer le fichier préparé</translation>
    </message>
</context>
<context>
    <name>StartupSectionEditor</name>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="16"/>
        <source>Edit the startup order&apos;s Info</source>
        <translation>Modifier l’Info de l’ordre de démarrage</translation>
    </message>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="46"/>
        <source>Startup order</source>
        <translation>Ordre de démarrage</translation>
    </message>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="49"/>
        <source>Info:</source>
        <translation>Info&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/startupsectioneditor.cpp" line="51"/>
        <source>Drag a row to change when that system starts; systems with the same order start together. Double-click a delay or an action to change it.</source>
        <translation>Faites glisser une ligne pour changer le moment où ce système démarre&#xa0;; les systèmes de même ordre démarrent ensemble. Double-cliquez sur un délai ou une action pour le modifier.</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="21"/>
        <location filename="../app/gui/statusprogress.cpp" line="51"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/gui/statusprogress.cpp" line="39"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <location filename="../wizards/storagepage.cpp" line="28"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="29"/>
        <source>Choose where the disks are written and in which format.</source>
        <translation>Choisissez où les disques sont écrits et dans quel format.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="40"/>
        <source>qcow2 (grows as the guest writes, snapshots)</source>
        <translation>qcow2 (grossit à mesure que l’invité écrit, instantanés)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="41"/>
        <source>raw (fully allocated, fastest)</source>
        <translation>raw (entièrement alloué, le plus rapide)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="47"/>
        <source>Storage pool:</source>
        <translation>Pool de stockage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="48"/>
        <source>Disk folder:</source>
        <translation>Dossier des disques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="49"/>
        <source>Disk format:</source>
        <translation>Format des disques&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="71"/>
        <source>The disks become volumes of a storage pool of %1, or files in an existing folder of that host when you name one.</source>
        <translation>Les disques deviennent des volumes d’un pool de stockage de %1, ou des fichiers dans un dossier existant de cet hôte si vous en indiquez un.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="74"/>
        <source>The disks are written into the output folder %1, unless you name another folder.</source>
        <translation>Les disques sont écrits dans le dossier de sortie %1, sauf si vous indiquez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="76"/>
        <source>(optional) an existing folder instead of a pool</source>
        <translation>(facultatif) un dossier existant à la place d’un pool</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="92"/>
        <source>%1 (%2, %3 free)</source>
        <translation>%1 (%2, %3 libres)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="93"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="95"/>
        <source>%1, inactive</source>
        <translation>%1, inactif</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="102"/>
        <source>%1 (to be created: a folder pool at %2, started and autostarted, as virt-install does)</source>
        <translation>%1 (à créer&#xa0;: un pool de type dossier dans %2, démarré et démarré automatiquement, comme le fait virt-install)</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="169"/>
        <source>%1 is not an existing folder.</source>
        <translation>%1 n’est pas un dossier existant.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="172"/>
        <source>Asking %1 for its storage pools…</source>
        <translation>Interrogation de %1 sur ses pools de stockage…</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="175"/>
        <source>The storage pools could not be listed: %1</source>
        <translation>Impossible de lister les pools de stockage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="178"/>
        <source>The target has no storage pool.</source>
        <translation>La cible n’a aucun pool de stockage.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="181"/>
        <source>The disks need up to %1; the free space there is unknown.</source>
        <translation>Les disques nécessitent jusqu’à %1&#xa0;; l’espace libre à cet endroit est inconnu.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="183"/>
        <source>The disks need up to %1, but only %2 are free.</source>
        <translation>Les disques nécessitent jusqu’à %1, mais seuls %2 sont libres.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="188"/>
        <source>qcow2 images grow as the guest writes, so this may be enough for a while.</source>
        <translation>Les images qcow2 grossissent à mesure que l’invité écrit&#xa0;; cela peut donc suffire un certain temps.</translation>
    </message>
    <message>
        <location filename="../wizards/storagepage.cpp" line="190"/>
        <source>The disks need up to %1; %2 are free.</source>
        <translation>Les disques nécessitent jusqu’à %1&#xa0;; %2 sont libres.</translation>
    </message>
</context>
<context>
    <name>StringsEditor</name>
    <message>
        <location filename="../views/stringseditor.cpp" line="213"/>
        <source>Locale:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="214"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="215"/>
        <source>Add a language: an empty Strings section for it</source>
        <translation>Ajouter une langue&#xa0;: une section Strings vide pour elle</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="216"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="217"/>
        <source>Remove the shown locale and every translation in it</source>
        <translation>Supprimer la langue affichée et toutes ses traductions</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="218"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="219"/>
        <source>Import translations from an XLIFF or PO file</source>
        <translation>Importer des traductions depuis un fichier XLIFF ou PO</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="220"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="221"/>
        <source>Export the shown locale as XLIFF 1.2, XLIFF 2.0 or PO for a translation tool</source>
        <translation>Exporter la langue affichée en XLIFF 1.2, XLIFF 2.0 ou PO pour un outil de traduction</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="222"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="225"/>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="226"/>
        <source>Untranslated</source>
        <translation>Non traduits</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="227"/>
        <source>Stale</source>
        <translation>Périmés</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="228"/>
        <source>Needing work</source>
        <translation>À retravailler</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="230"/>
        <source>Section:</source>
        <translation>Section&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="233"/>
        <source>All sections</source>
        <translation>Toutes les sections</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="237"/>
        <source>Search message IDs and texts</source>
        <translation>Rechercher dans les identifiants et les textes des messages</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="244"/>
        <source>Enter saves the translation and moves to the next message that needs work · Shift+Enter starts a new line · Esc drops the typing</source>
        <translation>Entrée enregistre la traduction et passe au message suivant à retravailler · Maj+Entrée commence une nouvelle ligne · Échap abandonne la saisie</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="412"/>
        <source>Move into Descriptor</source>
        <translation>Déplacer dans le descripteur</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="412"/>
        <source>Move to Bundle…</source>
        <translation>Déplacer vers un catalogue…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="413"/>
        <source>Keep the translations in the descriptor instead of a separate file</source>
        <translation>Garder les traductions dans le descripteur plutôt que dans un fichier séparé</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="414"/>
        <source>Keep the translations in a separate bundle file of the package</source>
        <translation>Garder les traductions dans un fichier de catalogue séparé du paquet</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="417"/>
        <source>Make Translatable…</source>
        <translation>Rendre traduisible…</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="418"/>
        <source>Give texts without a message ID one, so that they can be translated (%1 now)</source>
        <translation>Donner un identifiant de message aux textes qui n’en ont pas, pour qu’ils puissent être traduits (%1 actuellement)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="428"/>
        <source>Reading the messages…</source>
        <translation>Lecture des messages…</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringseditor.cpp" line="432"/>
        <source>%n message(s); no translations yet: add a locale to start.</source>
        <translation>
            <numerusform>%n message&#xa0;; pas encore de traduction&#xa0;: ajoutez une langue pour commencer.</numerusform>
            <numerusform>%n messages&#xa0;; pas encore de traduction&#xa0;: ajoutez une langue pour commencer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="440"/>
        <source>%1 (bundle)</source>
        <translation>%1 (catalogue)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="445"/>
        <source>Coverage: %1</source>
        <translation>Couverture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="470"/>
        <source>Default text (%1)</source>
        <translation>Texte par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="476"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="485"/>
        <source>Default text (%1) · %2</source>
        <translation>Texte par défaut (%1) · %2</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="495"/>
        <source>Translation (add a locale first)</source>
        <translation>Traduction (ajoutez d’abord une langue)</translation>
    </message>
    <message>
        <location filename="../views/stringseditor.cpp" line="496"/>
        <source>Translation (%1) · %2</source>
        <translation>Traduction (%1) · %2</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="96"/>
        <source>The document has no locale yet: add one first.</source>
        <translation>Le document n’a pas encore de langue&#xa0;: ajoutez-en une d’abord.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="104"/>
        <source>No element of the descriptor uses the message id &apos;%1&apos;.</source>
        <translation>Aucun élément du descripteur n’utilise l’identifiant de message «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="153"/>
        <source>The %1 translation of %2 was not saved: %3</source>
        <translation>La traduction %1 de %2 n’a pas été enregistrée&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="219"/>
        <source>External bundles cannot be used here: the document has no package files at hand.</source>
        <translation>Les catalogues externes ne sont pas utilisables ici&#xa0;: le document n’a pas de fichiers de paquet à disposition.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="239"/>
        <source>No text chosen.</source>
        <translation>Aucun texte choisi.</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="257"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringseditoredits.cpp" line="263"/>
        <source>Make %n text(s) translatable</source>
        <translation>
            <numerusform>Rendre %n texte traduisible</numerusform>
            <numerusform>Rendre %n textes traduisibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="277"/>
        <source>Add Locale</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="278"/>
        <source>Language tag (BCP 47, for example de-DE, fr, pt-BR):</source>
        <translation>Étiquette de langue (BCP 47, par exemple de-DE, fr, pt-BR)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="294"/>
        <source>Move to Bundle</source>
        <translation>Déplacer vers un catalogue</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="295"/>
        <source>File name of the bundle in the package:</source>
        <translation>Nom du fichier de catalogue dans le paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="325"/>
        <location filename="../views/stringseditoredits.cpp" line="331"/>
        <source>Make Translatable</source>
        <translation>Rendre traduisible</translation>
    </message>
    <message>
        <location filename="../views/stringseditoredits.cpp" line="326"/>
        <source>%1 has no message ID, so it cannot be translated yet. Give it a readable message ID (Undo takes it back) and translate it?</source>
        <translation>%1 n’a pas d’identifiant de message et ne peut donc pas encore être traduit. Lui donner un identifiant lisible (Annuler le retire) et le traduire&#xa0;?</translation>
    </message>
</context>
<context>
    <name>StringsExchange</name>
    <message>
        <location filename="../views/stringsexchange.cpp" line="48"/>
        <source>XLIFF 1.2 (*.xlf *.xliff)</source>
        <translation>XLIFF 1.2 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="49"/>
        <source>XLIFF 2.0 (*.xlf *.xliff)</source>
        <translation>XLIFF 2.0 (*.xlf *.xliff)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="50"/>
        <source>gettext PO (*.po)</source>
        <translation>PO gettext (*.po)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="52"/>
        <source>Export Translations</source>
        <translation>Exporter les traductions</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="66"/>
        <location filename="../views/stringsexchange.cpp" line="104"/>
        <source>Another import or export is still running.</source>
        <translation>Un autre import ou export est encore en cours.</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="78"/>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="86"/>
        <source>%1 exported to %2 (%3).</source>
        <translation>%1 exporté vers %2 (%3).</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="95"/>
        <source>Import Translations</source>
        <translation>Importer des traductions</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="96"/>
        <source>Translation files (*.xlf *.xliff *.po);;All files (*)</source>
        <translation>Fichiers de traduction (*.xlf *.xliff *.po);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="114"/>
        <source>larger than %1: not a translation file</source>
        <translation>plus de %1&#xa0;: ce n’est pas un fichier de traduction</translation>
    </message>
    <message>
        <location filename="../views/stringsexchange.cpp" line="129"/>
        <location filename="../views/stringsexchange.cpp" line="145"/>
        <source>Nothing imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StringsSnapshot</name>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="76"/>
        <source>Virtual systems</source>
        <translation>Systèmes virtuels</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="77"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="78"/>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="79"/>
        <source>License agreements</source>
        <translation>Contrats de licence</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="80"/>
        <source>Deployment options</source>
        <translation>Options de déploiement</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="81"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="82"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="83"/>
        <source>Virtual hardware</source>
        <translation>Matériel virtuel</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="84"/>
        <source>Other sections</source>
        <translation>Autres sections</translation>
    </message>
    <message>
        <location filename="../views/stringssnapshot.cpp" line="91"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringssnapshot.cpp" line="92"/>
        <source>%1 · %n stale</source>
        <translation>
            <numerusform>%1 · %n périmé</numerusform>
            <numerusform>%1 · %n périmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stringssnapshot.cpp" line="118"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (et %n de plus)</numerusform>
            <numerusform>%1 (et %n de plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StringsTableModel</name>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="73"/>
        <source>The elements with this msgid carry different default texts; the first is shown.</source>
        <translation>Les éléments ayant ce msgid portent des textes par défaut différents&#xa0;; le premier est affiché.</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="116"/>
        <source>Message ID</source>
        <translation>Identifiant de message</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="117"/>
        <source>Used in</source>
        <translation>Utilisé dans</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="119"/>
        <source>Default text (%1)</source>
        <translation>Texte par défaut (%1)</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="119"/>
        <source>Default text</source>
        <translation>Texte par défaut</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="121"/>
        <source>Translation (%1)</source>
        <translation>Traduction (%1)</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="122"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location filename="../views/stringstablemodel.cpp" line="123"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../wizards/summarypage.cpp" line="43"/>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="44"/>
        <source>Check the choices, then deploy. Nothing has been created yet.</source>
        <translation>Vérifiez les choix, puis déployez. Rien n’a encore été créé.</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="46"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="72"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="73"/>
        <source>OVF Environment</source>
        <translation>Environnement OVF</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="74"/>
        <source>Command Line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="75"/>
        <source>Save &amp;Answer File…</source>
        <translation>Enregistrer le fichier de &amp;réponses…</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="111"/>
        <source>The plan cannot be deployed as it stands:</source>
        <translation>Le plan ne peut pas être déployé en l’état&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="119"/>
        <source>%1, as it is being edited (preview)</source>
        <translation>%1, tel qu’il est en cours de modification (aperçu)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="120"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="126"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="128"/>
        <source>Deployment option</source>
        <translation>Option de déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="130"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="131"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="132"/>
        <source>%1 accepted</source>
        <translation>acceptées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="133"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="133"/>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="134"/>
        <source>libvirt at %1</source>
        <translation>libvirt sur %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="137"/>
        <source>Virtual machine %1</source>
        <translation>Machine virtuelle %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="138"/>
        <source>%1, vCPUs: %2, memory: %3</source>
        <translation>%1, vCPU&#xa0;: %2, mémoire&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="144"/>
        <source>Network %1</source>
        <translation>Réseau %1</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="145"/>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="146"/>
        <source>as the package asks (BIOS unless it asks for UEFI)</source>
        <translation>comme le demande le paquet (BIOS sauf s’il demande UEFI)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="149"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="149"/>
        <source>deploy although the manifest is missing or incomplete (acknowledged)</source>
        <translation>déployer bien que le manifeste soit absent ou incomplet (accepté)</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="150"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="151"/>
        <source>Disk format</source>
        <translation>Format des disques</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="152"/>
        <source>Power on</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="152"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="152"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="175"/>
        <source>Before deploying: mapped, chosen or dropped</source>
        <translation>Avant le déploiement&#xa0;: correspondances, choix et abandons</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="176"/>
        <source>Every device of the package has its counterpart.</source>
        <translation>Chaque périphérique du paquet a son équivalent.</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="234"/>
        <location filename="../wizards/summarypage.cpp" line="241"/>
        <source>Save Answer File</source>
        <translation>Enregistrer le fichier de réponses</translation>
    </message>
    <message>
        <location filename="../wizards/summarypage.cpp" line="242"/>
        <source>Answer files (*.json)</source>
        <translation>Fichiers de réponses (*.json)</translation>
    </message>
</context>
<context>
    <name>TarReader</name>
    <message>
        <location filename="../model/package/tarreader.cpp" line="91"/>
        <source>libarchive could not be set up</source>
        <translation>libarchive n’a pas pu être initialisé</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="97"/>
        <source>not a tar archive (%1)</source>
        <translation>pas une archive tar (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="100"/>
        <source>gzip-compressed OVA: DSP0243 requires a plain tar</source>
        <translation>OVA compressée gzip&#xa0;: DSP0243 exige un tar simple</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="122"/>
        <source>the archive ends inside this member (truncated)</source>
        <translation>l’archive se termine au milieu de ce membre (tronquée)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="124"/>
        <source>the archive ends inside the first member&apos;s header (truncated)</source>
        <translation>l’archive se termine au milieu de l’en-tête du premier membre (tronquée)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="125"/>
        <source>the archive ends inside the header after &apos;%1&apos; (truncated)</source>
        <translation>l’archive se termine au milieu de l’en-tête suivant «&#xa0;%1&#xa0;» (tronquée)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="129"/>
        <source>a header after &apos;%1&apos; is too large (%2)</source>
        <translation>un en-tête suivant «&#xa0;%1&#xa0;» est trop grand (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="132"/>
        <source>cannot read the member&apos;s data (%1)</source>
        <translation>impossible de lire les données du membre (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="134"/>
        <source>damaged tar header (%1)</source>
        <translation>en-tête tar endommagé (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="135"/>
        <source>damaged tar header after &apos;%1&apos; (%2)</source>
        <translation>en-tête tar endommagé après «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="170"/>
        <source>sparse files are not supported in a package</source>
        <translation>les fichiers creux ne sont pas pris en charge dans un paquet</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="212"/>
        <source>pre-POSIX (v7) tar format: DSP0243 §5.3 requires ustar (POSIX)</source>
        <translation>format tar pré-POSIX (v7)&#xa0;: DSP0243 §5.3 exige ustar (POSIX)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="240"/>
        <source>the archive has no end-of-archive marker (truncated)</source>
        <translation>l’archive n’a pas de marqueur de fin d’archive (tronquée)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="241"/>
        <source>the archive ends after &apos;%1&apos; without the end-of-archive marker (truncated)</source>
        <translation>l’archive se termine après «&#xa0;%1&#xa0;» sans marqueur de fin d’archive (tronquée)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="246"/>
        <source>data after the end of the archive</source>
        <translation>données après la fin de l’archive</translation>
    </message>
    <message>
        <location filename="../model/package/tarreader.cpp" line="253"/>
        <source>cannot check the end of the archive</source>
        <translation>impossible de vérifier la fin de l’archive</translation>
    </message>
</context>
<context>
    <name>TarReaderInput</name>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="31"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="38"/>
        <source>%1 bytes (%2 times the compressed OVA, at least %3 bytes)</source>
        <translation>%1 octets (%2 fois l’OVA compressée, au moins %3 octets)</translation>
    </message>
    <message>
        <location filename="../model/package/tarreaderinput.cpp" line="60"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TargetInventory</name>
    <message>
        <location filename="../wizards/targetinventory.cpp" line="19"/>
        <source>the target did not answer within %1 s</source>
        <translation>la cible n’a pas répondu dans les %1 s</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../wizards/targetpage.cpp" line="36"/>
        <source>Deployment target</source>
        <translation>Cible du déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="37"/>
        <source>Write ready-to-define files into a folder, or define the virtual machines in libvirt.</source>
        <translation>Créer dans un dossier des fichiers prêts à être définis, ou définir les machines virtuelles dans libvirt.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="39"/>
        <source>&amp;Folder: disks, domain XML and a script that defines them with virsh</source>
        <translation>&amp;Dossier&#xa0;: disques, XML de domaine et un script qui les définit avec virsh</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="41"/>
        <source>&amp;libvirt: define the virtual machines through a libvirt connection</source>
        <translation>&amp;libvirt&#xa0;: définir les machines virtuelles via une connexion libvirt</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="50"/>
        <source>A new folder, e.g. %1</source>
        <translation>Un nouveau dossier, p. ex. %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="58"/>
        <source>The connections used before, or any libvirt URI: qemu:///system, qemu+ssh://user@host/system, qemu+tcp://host/system, …</source>
        <translation>Les connexions déjà utilisées, ou toute URI libvirt&#xa0;: qemu:///system, qemu+ssh://utilisateur@hôte/system, qemu+tcp://hôte/system, …</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Storage pool</source>
        <translation>Pool de stockage</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="64"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="76"/>
        <source>Output folder:</source>
        <translation>Dossier de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="77"/>
        <source>Connection URI:</source>
        <translation>URI de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="81"/>
        <source>Virtual machines: name, vCPUs, memory</source>
        <translation>Machines virtuelles&#xa0;: nom, vCPU, mémoire</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="86"/>
        <source>As the package asks (BIOS unless it asks for UEFI)</source>
        <translation>Comme le demande le paquet (BIOS sauf s’il demande UEFI)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="87"/>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS (SeaBIOS)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="88"/>
        <source>UEFI (OVMF)</source>
        <translation>UEFI (OVMF)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="266"/>
        <source>%1:</source>
        <comment>a virtual machine&apos;s row: its id</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="267"/>
        <source>%1 (%2):</source>
        <comment>a virtual machine&apos;s row: its name and id</comment>
        <translation>%1 (%2)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="51"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="89"/>
        <source>F&amp;irmware:</source>
        <translation>&amp;Micrologiciel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="90"/>
        <source>&amp;Power on the virtual machines after deployment</source>
        <translation>&amp;Allumer les machines virtuelles après le déploiement</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="196"/>
        <source>Asking %1 for its storage pools…</source>
        <translation>Interrogation de %1 sur ses pools de stockage…</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="203"/>
        <source>The connection did not answer: %1</source>
        <translation>La connexion n’a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="208"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="212"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="217"/>
        <source>The host has no storage pool yet: a default pool is created when deploying.</source>
        <translation>L’hôte n’a pas encore de pool de stockage&#xa0;: un pool par défaut est créé au déploiement.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="218"/>
        <source>Storage pools of the host (chosen on the Storage page):</source>
        <translation>Pools de stockage de l’hôte (choisis sur la page Stockage)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="243"/>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="244"/>
        <source>The package allows %1 to %2 vCPUs (package value: %3)</source>
        <translation>Le paquet autorise de %1 à %2 vCPU (valeur du paquet&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="246"/>
        <source>Package value: %1</source>
        <translation>Valeur du paquet&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="252"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="256"/>
        <source>The package allows %1 to %2 MiB (package value: %3 MiB)</source>
        <translation>Le paquet autorise de %1 à %2 Mio (valeur du paquet&#xa0;: %3 Mio)</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="260"/>
        <source>Package value: %1 MiB</source>
        <translation>Valeur du paquet&#xa0;: %1 Mio</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="279"/>
        <source>Choose Where to Create the Output Folder</source>
        <translation>Choisir où créer le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="292"/>
        <source>Enter the output folder to create.</source>
        <translation>Saisissez le dossier de sortie à créer.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="295"/>
        <source>%1 exists already: the output folder must be new.</source>
        <translation>%1 existe déjà&#xa0;: le dossier de sortie doit être nouveau.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="297"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="299"/>
        <source>Enter the libvirt connection URI.</source>
        <translation>Saisissez l’URI de connexion libvirt.</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="305"/>
        <source>&quot;%1&quot; is not a valid virtual machine name: use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de machine virtuelle valide&#xa0;: utilisez des lettres, des chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../wizards/targetpage.cpp" line="307"/>
        <source>The name &quot;%1&quot; is used twice.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» est utilisé deux fois.</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="103"/>
        <source>A signed package is Verified when its signer&apos;s certificate chains to one of these certificates (or to the system&apos;s store, when ticked).</source>
        <translation>Un paquet signé est Vérifié quand le certificat de son signataire remonte à l’un de ces certificats (ou au magasin du système, si la case est cochée).</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="105"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="105"/>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="105"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="106"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="107"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="108"/>
        <source>Also trust the certificates of the &amp;system&apos;s store</source>
        <translation>Faire aussi confiance aux certificats du magasin du &amp;système</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="128"/>
        <source>Reading certificates…</source>
        <translation>Lecture des certificats…</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="128"/>
        <source>Storing certificates…</source>
        <translation>Enregistrement des certificats…</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="180"/>
        <source>(self-signed)</source>
        <translation>(auto-signé)</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="185"/>
        <source>%1
SHA-256 %2
%3</source>
        <translation>%1
SHA-256 %2
%3</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="193"/>
        <source>Trust a Certificate</source>
        <translation>Faire confiance à un certificat</translation>
    </message>
    <message>
        <location filename="../app/gui/trustpage.cpp" line="194"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TrustSettings</name>
    <message>
        <location filename="../app/gui/trustsettings.cpp" line="76"/>
        <location filename="../app/gui/trustsettings.cpp" line="89"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/trustsettings.cpp" line="84"/>
        <source>%1: cannot create the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="109"/>
        <source>OVF Workbench User Guide</source>
        <translation>Guide de l’utilisateur d’OVF Workbench</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="110"/>
        <source>Author an appliance</source>
        <translation>Créer une appliance virtuelle</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="110"/>
        <source>Deploy an OVA</source>
        <translation>Déployer une OVA</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="110"/>
        <source>Translate a package</source>
        <translation>Traduire un paquet</translation>
    </message>
    <message>
        <location filename="../app/gui/userguidewindow.cpp" line="111"/>
        <source>Check compatibility</source>
        <translation>Vérifier la compatibilité</translation>
    </message>
</context>
<context>
    <name>VendorSettings</name>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="48"/>
        <source>VMware settings with no libvirt counterpart, not applied: %1</source>
        <translation>Paramètres VMware sans équivalent libvirt, non appliqués&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="56"/>
        <source>%1%2 is understood but not applied: the machine boots its disks in the order of the hardware section</source>
        <translation>%1%2 est compris mais pas appliqué&#xa0;: la machine démarre sur ses disques dans l’ordre de la section matérielle</translation>
    </message>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="58"/>
        <location filename="../model/deploy/vendorsettings.cpp" line="62"/>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <location filename="../model/deploy/vendorsettings.cpp" line="60"/>
        <source>%1%2 is a VMware section a libvirt target has no counterpart for; not applied</source>
        <translation>%1%2 est une section VMware sans équivalent pour une cible libvirt&#xa0;; non appliquée</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="26"/>
        <source>Verify the package</source>
        <translation>Vérifier le paquet</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="27"/>
        <source>The digests of the manifest and the signature are checked before anything is deployed.</source>
        <translation>Les empreintes du manifeste et la signature sont vérifiées avant tout déploiement.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="33"/>
        <source>&amp;Cancel Verification</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="35"/>
        <source>&amp;Verify Again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="50"/>
        <source>Signer&apos;s certificate</source>
        <translation>Certificat du signataire</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="60"/>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="61"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="62"/>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="63"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="122"/>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="142"/>
        <location filename="../wizards/verificationpage.cpp" line="158"/>
        <source>The verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="167"/>
        <source>Reading the texts of %1…</source>
        <translation>Lecture des textes de %1…</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="189"/>
        <source>%1 (%2) was read completely.</source>
        <translation>%1 (%2) a été lu entièrement.</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="202"/>
        <source>Trust: %1</source>
        <translation>Confiance&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="213"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="219"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="226"/>
        <source>Deploy &amp;anyway, although the package has no manifest and nothing could be checked</source>
        <translation>Déployer &amp;quand même, bien que le paquet n’ait pas de manifeste et que rien n’ait pu être vérifié</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="228"/>
        <source>Deploy &amp;anyway, although the manifest does not cover every file (the files listed above as without a digest are not checked)</source>
        <translation>Déployer &amp;quand même, bien que le manifeste ne couvre pas tous les fichiers (ceux listés ci-dessus sans empreinte ne sont pas vérifiés)</translation>
    </message>
    <message>
        <location filename="../wizards/verificationpage.cpp" line="231"/>
        <source>Deploy &amp;anyway, although the origin of the package is not proven</source>
        <translation>Déployer &amp;quand même, bien que l’origine du paquet ne soit pas prouvée</translation>
    </message>
</context>
<context>
    <name>VirtualHardwareEditor</name>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="195"/>
        <source>This section has no System element to hold the system type; add it in the XML view.</source>
        <translation>Cette section n’a pas d’élément System pour contenir le type de système&#xa0;; ajoutez-le dans la vue XML.</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="201"/>
        <source>Set the system type to %1</source>
        <translation>Définir le type de système à %1</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="290"/>
        <source>BIOS (not stated: the platform&apos;s default)</source>
        <translation>BIOS (non indiqué&#xa0;: valeur par défaut de la plateforme)</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="290"/>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="297"/>
        <source>Virtual hardware</source>
        <translation>Matériel virtuel</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="298"/>
        <source>System type:</source>
        <translation>Type de système&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="298"/>
        <source>Firmware:</source>
        <translation>Micrologiciel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="305"/>
        <source>VirtualSystemType: the platforms this hardware is made for (e.g. vmx-13 for VMware hardware version 13, qemu-pc for QEMU/KVM); several may be listed with spaces</source>
        <translation>VirtualSystemType&#xa0;: les plateformes auxquelles ce matériel est destiné (p. ex. vmx-13 pour la version matérielle VMware 13, qemu-pc pour QEMU/KVM)&#xa0;; plusieurs peuvent être listées, séparées par des espaces</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="307"/>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="309"/>
        <source>CPU and memory (double-click a value to change it)</source>
        <translation>Processeur et mémoire (double-cliquez sur une valeur pour la modifier)</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="311"/>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="312"/>
        <source>Show ranges (ovf:bound minimum and maximum)</source>
        <translation>Afficher les plages (ovf:bound minimum et maximum)</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="313"/>
        <source>Add Device</source>
        <translation>Ajouter un périphérique</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="314"/>
        <source>Add Disk…</source>
        <translation>Ajouter un disque…</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="315"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../views/virtualhardwareeditor.cpp" line="316"/>
        <source>Remove the selected device (all its per-option Items)</source>
        <translation>Supprimer le périphérique sélectionné (tous ses Items par option)</translation>
    </message>
</context>
<context>
    <name>VmExportProgressPage</name>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="40"/>
        <source>%1 of %2 of disk read</source>
        <translation>%1 sur %2 de disque lus</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="54"/>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="56"/>
        <location filename="../wizards/vmexportprogresspage.cpp" line="95"/>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="57"/>
        <source>The disks are read through libvirt and written into the package as they are hashed. Cancel removes the partial package.</source>
        <translation>Les disques sont lus via libvirt et écrits dans le paquet à mesure qu’ils sont hachés. Annuler supprime le paquet partiel.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="103"/>
        <source>Exporting %1 into %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="115"/>
        <source>Cancelling and removing the partial package…</source>
        <translation>Annulation et suppression du paquet partiel…</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="123"/>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="124"/>
        <source>Cancel the export and remove the partial package?</source>
        <translation>Annuler l’export et supprimer le paquet partiel&#xa0;?</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="140"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="143"/>
        <source>Written: %1 (package members: %2).</source>
        <translation>Écrit&#xa0;: %1 (membres du paquet&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="145"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="146"/>
        <source>Finish opens it.</source>
        <translation>Terminer l’ouvre.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="153"/>
        <source>Cancelled; no package was left behind.</source>
        <translation>Annulé&#xa0;; aucun paquet n’a été laissé.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportprogresspage.cpp" line="153"/>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VmExportSession</name>
    <message>
        <location filename="../wizards/vmexportsession.cpp" line="29"/>
        <source>the connection did not answer within %1 s</source>
        <translation>la connexion n’a pas répondu dans les %1 s</translation>
    </message>
</context>
<context>
    <name>VmExportWizard</name>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="26"/>
        <source>New from Virtual Machine</source>
        <translation>Nouvelle appliance depuis une machine virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="33"/>
        <source>The appliance&apos;s name, from the machine&apos;s title or name.</source>
        <translation>Le nom de l’appliance virtuelle, d’après le titre ou le nom de la machine.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="37"/>
        <source>From the machine&apos;s definition. The disk controllers and networks are exported as the machine has them; change them afterwards in the hardware editor.</source>
        <translation>D’après la définition de la machine. Les contrôleurs de disque et les réseaux sont exportés tels que la machine les a&#xa0;; modifiez-les ensuite dans l’éditeur de matériel.</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="40"/>
        <location filename="../wizards/vmexportwizard.cpp" line="104"/>
        <source>As the machine has them</source>
        <translation>Tels que la machine les a</translation>
    </message>
    <message>
        <location filename="../wizards/vmexportwizard.cpp" line="105"/>
        <source>As the machine has them: %1</source>
        <translation>Tels que la machine les a&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>VmOutputPage</name>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="30"/>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="31"/>
        <source>Where the appliance is written. Disks become streamOptimized VMDKs written straight into the package; nothing is copied first.</source>
        <translation>Où l’appliance virtuelle est écrite. Les disques deviennent des VMDK streamOptimized écrits directement dans le paquet&#xa0;; rien n’est copié au préalable.</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="34"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="37"/>
        <source>From the name (.ova, .zip, else an OVF folder)</source>
        <translation>D’après le nom (.ova, .zip, sinon un dossier OVF)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="38"/>
        <source>OVA (one tar file)</source>
        <translation>OVA (un fichier tar)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="39"/>
        <source>OVF folder</source>
        <translation>Dossier OVF</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="40"/>
        <source>ZIP</source>
        <translation>ZIP</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="42"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="43"/>
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="44"/>
        <source>SHA-1 (old tools only)</source>
        <translation>SHA-1 (anciens outils seulement)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="45"/>
        <source>No manifest</source>
        <translation>Pas de manifeste</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="27"/>
        <source>Keep the network adapters&apos; MAC a&amp;ddresses (copies would share them)</source>
        <translation>Conserver les adresses &amp;MAC des cartes réseau (des copies les partageraient)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="54"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="60"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="63"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="64"/>
        <source>&amp;Manifest:</source>
        <translation>Ma&amp;nifeste&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="87"/>
        <source>Machines: %1</source>
        <translation>Machines&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="89"/>
        <source>Disk %1 of %2: %3, %4</source>
        <translation>Disque %1 sur %2&#xa0;: %3, %4</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="93"/>
        <source>Dropped (no OVF equivalent): %1</source>
        <translation>Abandonné (pas d’équivalent OVF)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="95"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="124"/>
        <source>Export the Virtual Machine As</source>
        <translation>Exporter la machine virtuelle sous</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="125"/>
        <source>OVA package (*.ova);;ZIP package (*.zip);;OVF folder (*)</source>
        <translation>Paquet OVA (*.ova);;Paquet ZIP (*.zip);;Dossier OVF (*)</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="134"/>
        <source>Enter where to save the package.</source>
        <translation>Indiquez où enregistrer le paquet.</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="137"/>
        <source>%1 exists already: choose a new name (an export never overwrites a package).</source>
        <translation>%1 existe déjà&#xa0;: choisissez un nouveau nom (un export n’écrase jamais un paquet).</translation>
    </message>
    <message>
        <location filename="../wizards/vmoutputpage.cpp" line="139"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>VmSourcePage</name>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="28"/>
        <source>&amp;List Machines</source>
        <translation>&amp;Lister les machines</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="31"/>
        <source>Virtual machine</source>
        <translation>Machine virtuelle</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="32"/>
        <source>Choose a libvirt connection and the shut-off machines that become the appliance. Several machines become a collection started in the order chosen.</source>
        <translation>Choisissez une connexion libvirt et les machines arrêtées qui formeront l’appliance virtuelle. Plusieurs machines forment une collection démarrée dans l’ordre choisi.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="38"/>
        <source>qemu:///system, qemu+ssh://user@host/system, …</source>
        <translation>qemu:///system, qemu+ssh://utilisateur@hôte/system, …</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="43"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="56"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="70"/>
        <source>Asking %1 for its machines…</source>
        <translation>Interrogation de %1 sur ses machines…</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="75"/>
        <source>Reading the definition and disks of %1…</source>
        <translation>Lecture de la définition et des disques de %1…</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="91"/>
        <source>Enter a libvirt connection URI.</source>
        <translation>Saisissez une URI de connexion libvirt.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="108"/>
        <source>The machines of %1 could not be listed: %2</source>
        <translation>Impossible de lister les machines de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="116"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="122"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="127"/>
        <source>%1 has no machines.</source>
        <translation>%1 n’a aucune machine.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="128"/>
        <location filename="../wizards/vmsourcepage.cpp" line="160"/>
        <source>Choose one or more shut-off machines.</source>
        <translation>Choisissez une ou plusieurs machines arrêtées.</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="185"/>
        <source>Disks to export: %1</source>
        <translation>Disques à exporter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="187"/>
        <source>Dropped (no OVF equivalent): %1</source>
        <translation>Abandonné (pas d’équivalent OVF)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../wizards/vmsourcepage.cpp" line="189"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>XmlEditorPane</name>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="55"/>
        <source>Apply or Revert the text first; then the other view shows.</source>
        <translation>Appliquez ou abandonnez d’abord le texte&#xa0;; l’autre vue s’affichera ensuite.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="160"/>
        <source>The element this text was loaded from is no longer in the document (undo brings it back); Revert to show the current selection.</source>
        <translation>L’élément dont ce texte a été chargé n’est plus dans le document (Annuler le rétablit)&#xa0;; Abandonner affiche la sélection actuelle.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="175"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="199"/>
        <source>Applied: one step on the undo stack (Edit &gt; Undo takes it back).</source>
        <translation>Appliqué&#xa0;: une étape dans la pile d’annulation (Édition &gt; Annuler la défait).</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="218"/>
        <source>Select a node in the tree to see its XML.</source>
        <translation>Sélectionnez un nœud dans l’arborescence pour voir son XML.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="220"/>
        <source>This text is too long to edit here (it was cut).</source>
        <translation>Ce texte est trop long pour être modifié ici (il a été tronqué).</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="222"/>
        <source>The document changed since you began typing: Apply merges your text into the element as it is now, Revert shows the current text.</source>
        <translation>Le document a changé depuis le début de votre saisie&#xa0;: Appliquer fusionne votre texte dans l’élément tel qu’il est maintenant, Abandonner affiche le texte actuel.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="226"/>
        <source>Modified: Apply (Ctrl+Return) checks the text and makes it one undo step; Revert drops it.</source>
        <translation>Modifié&#xa0;: Appliquer (Ctrl+Entrée) vérifie le texte et en fait une étape d’annulation&#xa0;; Abandonner l’écarte.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="229"/>
        <source>Editable: type, then Apply. Untouched parts keep their exact bytes.</source>
        <translation>Modifiable&#xa0;: saisissez, puis Appliquer. Les parties non touchées gardent leurs octets exacts.</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="244"/>
        <source>Selected element</source>
        <translation>Élément sélectionné</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="245"/>
        <source>Whole descriptor</source>
        <translation>Descripteur entier</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="246"/>
        <source>Show and edit the XML of the node selected in the tree, or of the whole Envelope</source>
        <translation>Afficher et modifier le XML du nœud sélectionné dans l’arborescence, ou de l’Envelope entière</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="247"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="248"/>
        <source>Apply the text to the document as one undoable edit (Ctrl+Return)</source>
        <translation>Appliquer le texte au document en une seule action annulable (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="249"/>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../views/xmleditorpane.cpp" line="250"/>
        <source>Drop the typed changes and show the document&apos;s text</source>
        <translation>Écarter les modifications saisies et afficher le texte du document</translation>
    </message>
</context>
<context>
    <name>XmlSourceView</name>
    <message>
        <location filename="../views/xmlsourceview.cpp" line="49"/>
        <source>[%1 more characters not shown]</source>
        <translation>[%1 caractères de plus non affichés]</translation>
    </message>
</context>
<context>
    <name>XmlTextCheck</name>
    <message>
        <location filename="../model/commands/xmltextcheck.cpp" line="53"/>
        <source>The text of %1 holds the character U+%2 at character %3, which XML cannot hold.</source>
        <translation>Le texte de %1 contient le caractère U+%2 à la position %3, que XML ne peut pas contenir.</translation>
    </message>
    <message>
        <location filename="../model/commands/xmltextcheck.cpp" line="54"/>
        <source>the new node</source>
        <translation>le nouveau nœud</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <location filename="../model/package/zipreader.cpp" line="43"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="58"/>
        <source>the ZIP&apos;s central directory cannot be read (truncated or damaged)</source>
        <translation>le répertoire central du ZIP est illisible (tronqué ou endommagé)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="78"/>
        <source>%1 (ZIP error %2)</source>
        <translation>%1 (erreur ZIP %2)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="88"/>
        <source>a central directory record cannot be read</source>
        <translation>un enregistrement du répertoire central est illisible</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="129"/>
        <source>encrypted ZIP members are not supported</source>
        <translation>les membres ZIP chiffrés ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="132"/>
        <source>ZIP compression method %1 is not supported (only stored and deflated)</source>
        <translation>la méthode de compression ZIP %1 n’est pas prise en charge (seulement stored et deflated)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="151"/>
        <source>the central directory is damaged (ZIP error %1)</source>
        <translation>le répertoire central est endommagé (erreur ZIP %1)</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="167"/>
        <source>the member cannot be opened</source>
        <translation>le membre ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="171"/>
        <location filename="../model/package/zipreader.cpp" line="177"/>
        <source>the member&apos;s data is corrupt</source>
        <translation>les données du membre sont corrompues</translation>
    </message>
    <message>
        <location filename="../model/package/zipreader.cpp" line="175"/>
        <source>the member&apos;s CRC-32 does not match its data</source>
        <translation>le CRC-32 du membre ne correspond pas à ses données</translation>
    </message>
</context>
<context>
    <name>ZipStructure</name>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="101"/>
        <source>cannot read the end of the ZIP</source>
        <translation>impossible de lire la fin du ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="110"/>
        <source>the ZIP has no end-of-central-directory record (truncated)</source>
        <translation>le ZIP n’a pas d’enregistrement de fin de répertoire central (tronqué)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="114"/>
        <source>the ZIP&apos;s comment runs past the end of the file (truncated)</source>
        <translation>le commentaire du ZIP déborde de la fin du fichier (tronqué)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="116"/>
        <source>%1 bytes after the end of the ZIP (its end-of-central-directory record)</source>
        <translation>%1 octets après la fin du ZIP (son enregistrement de fin de répertoire central)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="129"/>
        <location filename="../model/package/zipstructure.cpp" line="151"/>
        <source>split (multi-disk) ZIP archives are not supported</source>
        <translation>les archives ZIP fractionnées (multi-disques) ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="131"/>
        <source>the zip64 end-of-central-directory record lies outside the file</source>
        <translation>l’enregistrement zip64 de fin de répertoire central est hors du fichier</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="134"/>
        <source>the zip64 end-of-central-directory record is missing</source>
        <translation>l’enregistrement zip64 de fin de répertoire central est manquant</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="137"/>
        <source>the zip64 end-of-central-directory record has a wrong size</source>
        <translation>l’enregistrement zip64 de fin de répertoire central a une taille incorrecte</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="139"/>
        <source>%1 bytes between the zip64 end-of-central-directory record and its locator</source>
        <translation>%1 octets entre l’enregistrement zip64 de fin de répertoire central et son localisateur</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="153"/>
        <source>the ZIP&apos;s central directory lists %1 members; the limit is %2</source>
        <translation>le répertoire central du ZIP liste %1 membres&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="157"/>
        <source>the ZIP&apos;s central directory is %1 bytes</source>
        <translation>le répertoire central du ZIP fait %1 octets</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="159"/>
        <source>the central directory overlaps its end record or lies outside the file</source>
        <translation>le répertoire central chevauche son enregistrement de fin ou est hors du fichier</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="161"/>
        <source>%1 bytes between the central directory and its end record</source>
        <translation>%1 octets entre le répertoire central et son enregistrement de fin</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="168"/>
        <source>cannot read the ZIP&apos;s central directory</source>
        <translation>impossible de lire le répertoire central du ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="173"/>
        <source>the central directory holds fewer records than its end record says (%1)</source>
        <translation>le répertoire central contient moins d’enregistrements que ne l’indique son enregistrement de fin (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="178"/>
        <source>a central directory record runs past the directory&apos;s end</source>
        <translation>un enregistrement du répertoire central déborde de la fin du répertoire</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="187"/>
        <source>&apos;%1&apos;: its zip64 extra field is malformed</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son champ supplémentaire zip64 est mal formé</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="193"/>
        <source>%1 bytes in the central directory after its last record</source>
        <translation>%1 octets dans le répertoire central après son dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="202"/>
        <source>%1 bytes before &apos;%2&apos; belong to no member</source>
        <translation>%1 octets avant «&#xa0;%2&#xa0;» n’appartiennent à aucun membre</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="206"/>
        <source>&apos;%1&apos; overlaps the member before it</source>
        <translation>«&#xa0;%1&#xa0;» chevauche le membre qui le précède</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="209"/>
        <source>&apos;%1&apos;: no local header where the central directory points</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: aucun en-tête local là où pointe le répertoire central</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="215"/>
        <source>&apos;%1&apos;: its local header names it &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son en-tête local le nomme «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="218"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the compression method or encryption</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son en-tête local et son enregistrement du répertoire central divergent sur la méthode de compression ou le chiffrement</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="223"/>
        <source>&apos;%1&apos;: its local header is malformed</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son en-tête local est mal formé</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="228"/>
        <source>&apos;%1&apos;: its local header and its central directory record disagree on the CRC-32 or the sizes</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son en-tête local et son enregistrement du répertoire central divergent sur le CRC-32 ou les tailles</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="243"/>
        <source>&apos;%1&apos;: its data descriptor and its central directory record disagree</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: son descripteur de données et son enregistrement du répertoire central divergent</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="251"/>
        <source>the last member overlaps the central directory</source>
        <translation>le dernier membre chevauche le répertoire central</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="253"/>
        <source>%1 bytes between the last member and the central directory</source>
        <translation>%1 octets entre le dernier membre et le répertoire central</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="267"/>
        <source>the ZIP comment holds %1 bytes that are not text</source>
        <translation>le commentaire du ZIP contient %1 octets qui ne sont pas du texte</translation>
    </message>
    <message>
        <location filename="../model/package/zipstructure.cpp" line="273"/>
        <source>ZIP comment ignored (%1 bytes): &quot;%2&quot;</source>
        <translation>commentaire du ZIP ignoré (%1 octets)&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Open the bundled sample appliance.</source>
        <translation>Ouvrir l’appliance virtuelle d’exemple fournie.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="49"/>
        <source>Open the deploy wizard on the package PKG.</source>
        <translation>Ouvrir l’assistant de déploiement sur le paquet PKG.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="55"/>
        <source>With --deploy: fill the wizard in from the answer file FILE.</source>
        <translation>Avec --deploy&#xa0;: remplir l’assistant à partir du fichier de réponses FILE.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>OVF Workbench: author DMTF OVF virtual appliances.</source>
        <translation>OVF Workbench&#xa0;: créer des appliances virtuelles DMTF OVF.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>The OVF descriptor or package (OVA, ZIP, OVF folder) to open.</source>
        <translation>Le descripteur ou paquet OVF (OVA, ZIP, dossier OVF) à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>Only one file can be opened at a time.</source>
        <translation>Un seul fichier peut être ouvert à la fois.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>--answers needs --deploy PKG.</source>
        <translation>--answers exige --deploy PKG.</translation>
    </message>
</context>
<context>
    <name>ovf::CimOsTypes</name>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="158"/>
        <source>%1 is not a CIM operating system type (0 to %2).</source>
        <translation>%1 n’est pas un type de système d’exploitation CIM (0 à %2).</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="162"/>
        <source>No operating system given.</source>
        <translation>Aucun système d’exploitation indiqué.</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="174"/>
        <source>No CIM operating system type is called &quot;%1&quot;.</source>
        <translation>Aucun type de système d’exploitation CIM ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="178"/>
        <source>&quot;%1&quot; could mean %2.</source>
        <translation>«&#xa0;%1&#xa0;» pourrait désigner %2.</translation>
    </message>
    <message>
        <location filename="../model/ovf/cimostypes.cpp" line="189"/>
        <source>%1 – not a CIM operating system type</source>
        <translation>%1 – pas un type de système d’exploitation CIM</translation>
    </message>
</context>
<context>
    <name>ovf::Job</name>
    <message>
        <location filename="../model/ovf/job.cpp" line="7"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ovf::LanguageTag</name>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="40"/>
        <source>the language tag is empty</source>
        <translation>l’étiquette de langue est vide</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="50"/>
        <source>&apos;%1&apos; uses &apos;_&apos; between subtags; BCP 47 uses &apos;-&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>«&#xa0;%1&#xa0;» utilise «&#xa0;_&#xa0;» entre les sous-étiquettes&#xa0;; BCP 47 utilise «&#xa0;-&#xa0;» (vouliez-vous dire «&#xa0;%2&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="53"/>
        <source>&apos;%1&apos; contains &apos;%2&apos;; a language tag has only letters, digits and &apos;-&apos;</source>
        <translation>«&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;»&#xa0;; une étiquette de langue ne contient que des lettres, des chiffres et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="58"/>
        <source>&apos;%1&apos; has an empty subtag</source>
        <translation>«&#xa0;%1&#xa0;» a une sous-étiquette vide</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="60"/>
        <source>&apos;%1&apos;: subtag &apos;%2&apos; is longer than 8 characters</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la sous-étiquette «&#xa0;%2&#xa0;» dépasse 8 caractères</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="64"/>
        <source>&apos;%1&apos;: &apos;%2&apos; is not %3</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n’est pas %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="69"/>
        <source>&apos;%1&apos;: a private-use tag needs a subtag after &apos;x&apos;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une étiquette à usage privé exige une sous-étiquette après «&#xa0;x&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="75"/>
        <source>a language subtag (2 to 8 letters)</source>
        <translation>une sous-étiquette de langue (2 à 8 lettres)</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="98"/>
        <source>&apos;%1&apos; repeats the variant &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» répète la variante «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="107"/>
        <source>&apos;%1&apos; repeats the extension &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» répète l’extension «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="116"/>
        <source>&apos;%1&apos;: the extension &apos;%2&apos; has no subtags</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l’extension «&#xa0;%2&#xa0;» n’a pas de sous-étiquettes</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="121"/>
        <source>&apos;%1&apos;: a private-use part needs a subtag after &apos;x&apos;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une partie à usage privé exige une sous-étiquette après «&#xa0;x&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/languagetag.cpp" line="125"/>
        <source>a script, region, variant or extension subtag in this position</source>
        <translation>une sous-étiquette d’écriture, de région, de variante ou d’extension à cette position</translation>
    </message>
</context>
<context>
    <name>ovf::PropertyType</name>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="59"/>
        <location filename="../model/ovf/propertytype.cpp" line="99"/>
        <location filename="../model/ovf/propertytype.cpp" line="370"/>
        <source>a value is required</source>
        <translation>une valeur est obligatoire</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="64"/>
        <source>&apos;%1&apos; is not a valid %2 value: leave out the &apos;+&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur %2 valide&#xa0;: omettez le «&#xa0;+&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="68"/>
        <source>&apos;%1&apos; is not a valid %2 value: it contains spaces</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur %2 valide&#xa0;: elle contient des espaces</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="71"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="80"/>
        <source>&apos;%1&apos; is not a valid %2 value: unsigned values take no sign</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur %2 valide&#xa0;: les valeurs non signées ne prennent pas de signe</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="85"/>
        <source>%1 is below the smallest %2 value, %3</source>
        <translation>%1 est inférieur à la plus petite valeur %2, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="89"/>
        <source>%1 is above the largest %2 value, %3</source>
        <translation>%1 est supérieur à la plus grande valeur %2, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="107"/>
        <source>&apos;%1&apos; is not a real number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre réel</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="161"/>
        <source>%1 is outside the real64 range (about ±1.8e308)</source>
        <translation>%1 est hors de la plage real64 (environ ±1,8e308)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="168"/>
        <source>%1 is outside the real32 range (about ±3.4e38)</source>
        <translation>%1 est hors de la plage real32 (environ ±3,4e38)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="194"/>
        <source>&apos;%1&apos; is not a CIM datetime: use yyyymmddhhmmss.mmmmmmsutc (for example 20240131235959.000000+000) or an interval ddddddddhhmmss.mmmmmm:000</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date/heure CIM&#xa0;: utilisez yyyymmddhhmmss.mmmmmmsutc (par exemple 20240131235959.000000+000) ou un intervalle ddddddddhhmmss.mmmmmm:000</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="218"/>
        <source>&apos;%1&apos; is not a valid CIM datetime: the %2 %3 is out of range</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date/heure CIM valide&#xa0;: %2 %3 est hors limites</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="226"/>
        <source>month</source>
        <translation>le mois</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="229"/>
        <source>day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="232"/>
        <source>hour</source>
        <translation>l’heure</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="234"/>
        <source>minute</source>
        <translation>la minute</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="236"/>
        <source>second</source>
        <translation>la seconde</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="253"/>
        <source>%1 (and %2 more)</source>
        <translation>%1 (et %2 de plus)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="322"/>
        <source>a property type is required</source>
        <translation>un type de propriété est obligatoire</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="325"/>
        <source>the type &apos;%1&apos; has surrounding spaces</source>
        <translation>le type «&#xa0;%1&#xa0;» est entouré d’espaces</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="333"/>
        <source>&apos;%1&apos; should be written &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» doit s’écrire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="337"/>
        <source>&apos;%1&apos; is a VMware spelling; read as sint32</source>
        <translation>«&#xa0;%1&#xa0;» est une graphie VMware&#xa0;; lu comme sint32</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="342"/>
        <source>&apos;%1&apos; is not a property type: use ovf:type=&quot;string&quot; with ovf:password=&quot;true&quot;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de propriété&#xa0;: utilisez ovf:type=&quot;string&quot; avec ovf:password=&quot;true&quot;</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="347"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: an IP address is a string property</source>
        <translation>«&#xa0;%1&#xa0;» est un type vApp VMware, pas un type OVF&#xa0;: une adresse IP est une propriété de type string</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="353"/>
        <source>use string with ValueMap{...} or MinLen/MaxLen</source>
        <translation>utilisez string avec ValueMap{...} ou MinLen/MaxLen</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="354"/>
        <source>use sint32 with MinValue/MaxValue</source>
        <translation>utilisez sint32 avec MinValue/MaxValue</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="355"/>
        <source>use real64 with MinValue/MaxValue</source>
        <translation>utilisez real64 avec MinValue/MaxValue</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="359"/>
        <source>&apos;%1&apos; is a VMware vApp type, not an OVF one: %2</source>
        <translation>«&#xa0;%1&#xa0;» est un type vApp VMware, pas un type OVF&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="362"/>
        <source>unknown property type &apos;%1&apos;; valid types are: %2</source>
        <translation>type de propriété inconnu «&#xa0;%1&#xa0;»&#xa0;; les types valides sont&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="378"/>
        <location filename="../model/ovf/propertytype.cpp" line="396"/>
        <source>%1 is below the minimum, %2</source>
        <translation>%1 est inférieur au minimum, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="382"/>
        <location filename="../model/ovf/propertytype.cpp" line="398"/>
        <source>%1 is above the maximum, %2</source>
        <translation>%1 est supérieur au maximum, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="393"/>
        <source>NaN is outside the allowed range</source>
        <translation>NaN est hors de la plage autorisée</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="402"/>
        <source>&apos;%1&apos; is not a boolean: use true or false</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un booléen&#xa0;: utilisez true ou false</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="408"/>
        <source>at least 1 character is required (%1 given)</source>
        <translation>au moins 1 caractère est exigé (%1 saisi)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="409"/>
        <source>at least %1 characters are required (%2 given)</source>
        <translation>au moins %1 caractères sont exigés (%2 saisis)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="415"/>
        <source>at most 1 character is allowed (%1 given)</source>
        <translation>au plus 1 caractère est autorisé (%1 saisis)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="416"/>
        <source>at most %1 characters are allowed (%2 given)</source>
        <translation>au plus %1 caractères sont autorisés (%2 saisis)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="422"/>
        <source>&apos;%1&apos; lies outside the Basic Multilingual Plane, which a char16 cannot hold</source>
        <translation>«&#xa0;%1&#xa0;» est hors du plan multilingue de base, qu’un char16 ne peut pas contenir</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="427"/>
        <source>&apos;%1&apos; is not a single character (%2 given)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un caractère unique (%2 saisis)</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="437"/>
        <source>&apos;%1&apos; is not allowed: it must be one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas autorisé&#xa0;: il doit valoir l’une de ces valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="450"/>
        <source>MinLen applies only to string properties, not to %1</source>
        <translation>MinLen ne s’applique qu’aux propriétés string, pas à %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="453"/>
        <source>MaxLen applies only to string properties, not to %1</source>
        <translation>MaxLen ne s’applique qu’aux propriétés string, pas à %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="456"/>
        <source>MinLen(%1) is greater than MaxLen(%2), so no value fits</source>
        <translation>MinLen(%1) est supérieur à MaxLen(%2)&#xa0;: aucune valeur ne convient</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="468"/>
        <source>NaN cannot bound a range</source>
        <translation>NaN ne peut pas borner une plage</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="477"/>
        <source>%1 applies only to numeric properties, not to %2</source>
        <translation>%1 ne s’applique qu’aux propriétés numériques, pas à %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="481"/>
        <source>%1(%2) is not a valid %3 value: %4</source>
        <translation>%1(%2) n’est pas une valeur %3 valide&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="493"/>
        <source>MinValue(%1) is greater than MaxValue(%2), so no value fits</source>
        <translation>MinValue(%1) est supérieur à MaxValue(%2)&#xa0;: aucune valeur ne convient</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="501"/>
        <source>ValueMap is empty, so no value is allowed</source>
        <translation>ValueMap est vide&#xa0;: aucune valeur n’est autorisée</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="516"/>
        <source>ValueMap range &apos;%1&apos; is not valid for %2: %3</source>
        <translation>la plage ValueMap «&#xa0;%1&#xa0;» n’est pas valide pour %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="521"/>
        <source>ValueMap range &apos;%1&apos; is reversed, so it allows nothing</source>
        <translation>la plage ValueMap «&#xa0;%1&#xa0;» est inversée&#xa0;: elle n’autorise rien</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="529"/>
        <source>ValueMap entry &apos;%1&apos; is not a valid %2 value: %3</source>
        <translation>l’entrée ValueMap «&#xa0;%1&#xa0;» n’est pas une valeur %2 valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="535"/>
        <source>ValueMap entry &apos;%1&apos; can never be chosen: %2</source>
        <translation>l’entrée ValueMap «&#xa0;%1&#xa0;» ne peut jamais être choisie&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="547"/>
        <source>ValueMap lists &apos;%1&apos; more than once</source>
        <translation>ValueMap liste «&#xa0;%1&#xa0;» plusieurs fois</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="565"/>
        <source>the value is empty and the property is not user-configurable, so the guest receives an empty value</source>
        <translation>la valeur est vide et la propriété n’est pas configurable par l’utilisateur&#xa0;: l’invité reçoit une valeur vide</translation>
    </message>
    <message>
        <location filename="../model/ovf/propertytype.cpp" line="570"/>
        <source>the value is empty and the property is not user-configurable, but %1</source>
        <translation>la valeur est vide et la propriété n’est pas configurable par l’utilisateur, mais %1</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="41"/>
        <source>expected a qualifier after the last &apos;,&apos;</source>
        <translation>qualificatif attendu après la dernière «&#xa0;,&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="43"/>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>«&#xa0;%1&#xa0;» inattendu à la position %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="89"/>
        <source>expected a qualifier name at position %1, found &apos;%2&apos;</source>
        <translation>nom de qualificatif attendu à la position %1, «&#xa0;%2&#xa0;» trouvé</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="100"/>
        <source>unterminated %1(...)</source>
        <translation>%1(...) non terminé</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="101"/>
        <source>unterminated %1{...}</source>
        <translation>%1{...} non terminé</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="113"/>
        <source>%1 is given more than once</source>
        <translation>%1 est indiqué plusieurs fois</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="121"/>
        <source>%1 needs a non-negative integer in parentheses, e.g. %1(64)</source>
        <translation>%1 exige un entier positif ou nul entre parenthèses, p. ex. %1(64)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="125"/>
        <source>%1 needs a non-negative integer, got &apos;%2&apos;</source>
        <translation>%1 exige un entier positif ou nul, «&#xa0;%2&#xa0;» reçu</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="134"/>
        <source>%1 needs a value in parentheses, e.g. %1(0)</source>
        <translation>%1 exige une valeur entre parenthèses, p. ex. %1(0)</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="140"/>
        <source>ValueMap needs a list in braces, e.g. ValueMap{&quot;a&quot;, &quot;b&quot;}</source>
        <translation>ValueMap exige une liste entre accolades, p. ex. ValueMap{&quot;a&quot;, &quot;b&quot;}</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="180"/>
        <source>expected &apos;,&apos; at position %1 in ValueMap</source>
        <translation>«&#xa0;,&#xa0;» attendue à la position %1 dans ValueMap</translation>
    </message>
    <message>
        <location filename="../model/ovf/qualifiers.cpp" line="190"/>
        <source>empty ValueMap entry at position %1</source>
        <translation>entrée ValueMap vide à la position %1</translation>
    </message>
</context>
<context>
    <name>ovf::Units</name>
    <message>
        <location filename="../model/ovf/units.cpp" line="133"/>
        <source>&apos;%1&apos; overflows a 64-bit count</source>
        <translation>«&#xa0;%1&#xa0;» dépasse la capacité d’un compteur 64 bits</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="134"/>
        <source>&apos;%1&apos; overflows a 64-bit %2 count</source>
        <translation>«&#xa0;%1&#xa0;» dépasse la capacité d’un compteur de %2 sur 64 bits</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="147"/>
        <location filename="../model/ovf/units.cpp" line="175"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unité inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="161"/>
        <source>&apos;%1&apos; is a fraction of a %2; fractional units are not supported</source>
        <translation>«&#xa0;%1&#xa0;» est une fraction de %2&#xa0;; les unités fractionnaires ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="188"/>
        <source>a unit is required</source>
        <translation>une unité est obligatoire</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="191"/>
        <source>&apos;%1&apos;: negative units are not supported for sizes</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les unités négatives ne sont pas prises en charge pour les tailles</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="205"/>
        <source>expected a unit or number after &apos;*&apos; in &apos;%1&apos;</source>
        <translation>unité ou nombre attendu après «&#xa0;*&#xa0;» dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="211"/>
        <source>&apos;%1&apos;: division is not supported for sizes</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la division n’est pas prise en charge pour les tailles</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="215"/>
        <source>expected &apos;*&apos; before &apos;%1&apos; in &apos;%2&apos;</source>
        <translation>«&#xa0;*&#xa0;» attendu avant «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="244"/>
        <source>unexpected &apos;%1&apos; at position %2 in &apos;%3&apos;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu à la position %2 dans «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="278"/>
        <source>&apos;%1&apos;: negative exponents are not supported for sizes</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les exposants négatifs ne sont pas pris en charge pour les tailles</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="282"/>
        <source>expected a number after &apos;^&apos; in &apos;%1&apos;</source>
        <translation>nombre attendu après «&#xa0;^&#xa0;» dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="287"/>
        <source>&apos;%1&apos;: an exponent must be a whole number</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un exposant doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="318"/>
        <source>&apos;%1&apos;: only whole numbers can be raised to a power (&apos;%2^&apos;)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: seuls les nombres entiers peuvent être élevés à une puissance («&#xa0;%2^&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="329"/>
        <location filename="../model/ovf/units.cpp" line="344"/>
        <source>&apos;%1&apos; has a zero factor</source>
        <translation>«&#xa0;%1&#xa0;» a un facteur nul</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="337"/>
        <source>&apos;%1&apos;: the factor %2 is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le facteur %2 n’est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="374"/>
        <source>&apos;%1&apos;: powers of a unit such as &apos;%2^%3&apos; are not supported</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les puissances d’une unité comme «&#xa0;%2^%3&#xa0;» ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="380"/>
        <source>&apos;%1&apos; combines the units %2 and %3; only one unit is supported</source>
        <translation>«&#xa0;%1&#xa0;» combine les unités %2 et %3&#xa0;; une seule unité est prise en charge</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="398"/>
        <source>&apos;%1&apos;: negative factors are not supported for sizes</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les facteurs négatifs ne sont pas pris en charge pour les tailles</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="421"/>
        <source>%1 × %2 exceeds the largest 64-bit value, %3</source>
        <translation>%1 × %2 dépasse la plus grande valeur 64 bits, %3</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="431"/>
        <source>a number is required</source>
        <translation>un nombre est obligatoire</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="433"/>
        <source>&apos;%1&apos; is a placeholder, not a number</source>
        <translation>«&#xa0;%1&#xa0;» est un paramètre fictif, pas un nombre</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="436"/>
        <source>&apos;%1&apos; has a sign; only the digits 0-9 are allowed</source>
        <translation>«&#xa0;%1&#xa0;» a un signe&#xa0;; seuls les chiffres 0 à 9 sont autorisés</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="441"/>
        <source>&apos;%1&apos; contains whitespace; only the digits 0-9 are allowed</source>
        <translation>«&#xa0;%1&#xa0;» contient des blancs&#xa0;; seuls les chiffres 0 à 9 sont autorisés</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="448"/>
        <source>&apos;%1&apos; is not a whole number; only the digits 0-9 are allowed</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier&#xa0;; seuls les chiffres 0 à 9 sont autorisés</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="453"/>
        <source>&apos;%1&apos; is not a decimal number; only the digits 0-9 are allowed</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre décimal&#xa0;; seuls les chiffres 0 à 9 sont autorisés</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="465"/>
        <source>&apos;%1&apos; exceeds the largest 64-bit value, %2</source>
        <translation>«&#xa0;%1&#xa0;» dépasse la plus grande valeur 64 bits, %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="483"/>
        <source>&apos;%1&apos; is not a unit of bytes (its base unit is %2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une unité d’octets (son unité de base est %2)</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="498"/>
        <source>&apos;%1&apos; is not a size: it starts with a number, e.g. 512MiB or 2GiB</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une taille&#xa0;: elle commence par un nombre, p. ex. 512MiB ou 2GiB</translation>
    </message>
    <message>
        <location filename="../model/ovf/units.cpp" line="501"/>
        <source>&apos;%1&apos; has no unit: write it as e.g. %1MiB or %1GiB</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas d’unité&#xa0;: écrivez p. ex. %1MiB ou %1GiB</translation>
    </message>
</context>
<context>
    <name>ovf::authoring::ApplianceBuilder</name>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="98"/>
        <source>The appliance needs a name.</source>
        <translation>L’appliance virtuelle a besoin d’un nom.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="100"/>
        <source>OVF version %1 is not one this program writes (1.0 or 2.0).</source>
        <translation>La version OVF %1 n’est pas une de celles que ce programme écrit (1.0 ou 2.0).</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="111"/>
        <source>The network &quot;%1&quot; is given twice.</source>
        <translation>Le réseau «&#xa0;%1&#xa0;» est indiqué deux fois.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="147"/>
        <source>A virtual system needs at least one CPU.</source>
        <translation>Un système virtuel a besoin d’au moins un processeur.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancebuilder.cpp" line="153"/>
        <source>%1 of memory is too little for a virtual system (at least 1 MiB).</source>
        <translation>%1 de mémoire, c’est trop peu pour un système virtuel (au moins 1 Mio).</translation>
    </message>
</context>
<context>
    <name>ovf::authoring::ApplianceTemplate</name>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="12"/>
        <source>Generic QEMU/KVM</source>
        <translation>QEMU/KVM générique</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="13"/>
        <source>An IDE controller every guest boots from and a virtio network adapter; deploys to libvirt as is.</source>
        <translation>Un contrôleur IDE depuis lequel tout invité démarre et une carte réseau virtio&#xa0;; se déploie tel quel sur libvirt.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="14"/>
        <source>vSphere-compatible</source>
        <translation>Compatible vSphere</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="15"/>
        <source>Paravirtual SCSI, an IDE controller for CD/DVD drives and VMXNET3, hardware version 13.</source>
        <translation>SCSI paravirtuel, un contrôleur IDE pour les lecteurs CD/DVD et VMXNET3, version matérielle 13.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="16"/>
        <source>VirtualBox-compatible</source>
        <translation>Compatible VirtualBox</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="17"/>
        <source>A SATA (AHCI) controller, an IDE controller for CD/DVD drives and an E1000 adapter.</source>
        <translation>Un contrôleur SATA (AHCI), un contrôleur IDE pour les lecteurs CD/DVD et une carte E1000.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="30"/>
        <source>The template %1 is missing from this build.</source>
        <translation>Le modèle %1 manque dans cette version du programme.</translation>
    </message>
    <message>
        <location filename="../model/authoring/appliancetemplate.cpp" line="33"/>
        <source>There is no template &quot;%1&quot; (%2).</source>
        <translation>Il n’y a pas de modèle «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
</context>
<context>
    <name>ovf::authoring::DiskImporter</name>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="19"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="52"/>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="54"/>
        <source>%1: not a regular file</source>
        <translation>%1&#xa0;: pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="65"/>
        <source>%1: unknown disk format &apos;%2&apos; (raw, qcow2, vmdk, vdi, vhd or vhdx)</source>
        <translation>%1&#xa0;: format de disque inconnu «&#xa0;%2&#xa0;» (raw, qcow2, vmdk, vdi, vhd ou vhdx)</translation>
    </message>
    <message>
        <location filename="../model/authoring/diskimport.cpp" line="70"/>
        <source>%1: the file is a %2 image, not %3</source>
        <translation>%1&#xa0;: le fichier est une image %2, pas %3</translation>
    </message>
</context>
<context>
    <name>ovf::commands::FormEdits</name>
    <message>
        <location filename="../model/commands/formedits.cpp" line="142"/>
        <source>The document&apos;s root element does not move.</source>
        <translation>L’élément racine du document ne se déplace pas.</translation>
    </message>
    <message>
        <location filename="../model/commands/formedits.cpp" line="146"/>
        <source>%1 is already the first in %2.</source>
        <translation>%1 est déjà le premier dans %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/formedits.cpp" line="147"/>
        <source>%1 is already the last in %2.</source>
        <translation>%1 est déjà le dernier dans %2.</translation>
    </message>
    <message>
        <location filename="../model/commands/formedits.cpp" line="202"/>
        <source>No deployment option to change.</source>
        <translation>Aucune option de déploiement à modifier.</translation>
    </message>
</context>
<context>
    <name>ovf::commands::entityrefs</name>
    <message>
        <location filename="../model/commands/entityreferences.cpp" line="74"/>
        <source>An id cannot be empty.</source>
        <translation>Un identifiant ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../model/commands/entityreferences.cpp" line="76"/>
        <source>An id cannot contain spaces: references to it are space-separated lists.</source>
        <translation>Un identifiant ne peut pas contenir d’espaces&#xa0;: les références à celui-ci sont des listes séparées par des espaces.</translation>
    </message>
</context>
<context>
    <name>ovf::commands::hwitems</name>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="114"/>
        <source>There is no disk controller with InstanceID &quot;%1&quot; in this hardware section.</source>
        <translation>Il n’y a pas de contrôleur de disque avec l’InstanceID «&#xa0;%1&#xa0;» dans cette section matérielle.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="120"/>
        <source>Address %1 does not exist on controller %2 (%3).</source>
        <translation>L’adresse %1 n’existe pas sur le contrôleur %2 (%3).</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="123"/>
        <source>Address %1 of controller %2 is taken by another device.</source>
        <translation>L’adresse %1 du contrôleur %2 est prise par un autre périphérique.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="129"/>
        <source>Controller %1 (%2) has no free address; add another controller.</source>
        <translation>Le contrôleur %1 (%2) n’a aucune adresse libre&#xa0;; ajoutez un autre contrôleur.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="145"/>
        <source>The hardware section has no disk controller; add one first.</source>
        <translation>La section matérielle n’a aucun contrôleur de disque&#xa0;; ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../model/commands/hardwareitems.cpp" line="150"/>
        <source>Every disk controller is full; add another controller.</source>
        <translation>Tous les contrôleurs de disque sont pleins&#xa0;; ajoutez un autre contrôleur.</translation>
    </message>
</context>
<context>
    <name>ovf::compat::Fixer</name>
    <message>
        <location filename="../model/compat/fixer.cpp" line="28"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="52"/>
        <source>%1 %2= -&gt; ovf:%2</source>
        <translation>%1 %2= -&gt; ovf:%2</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="58"/>
        <source>%1 (%2 elements)</source>
        <translation>%1 (%2 éléments)</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="72"/>
        <source>%1: VirtualSystem id %2 -&gt; %3</source>
        <translation>%1&#xa0;: VirtualSystem id %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="94"/>
        <source>%1: %2 InstanceID %3 -&gt; %4</source>
        <translation>%1&#xa0;: %2 InstanceID %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="104"/>
        <source>%1: ResourceSubType %2 removed</source>
        <translation>%1&#xa0;: ResourceSubType %2 supprimé</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="107"/>
        <source>%1: ResourceSubType %2 -&gt; %3</source>
        <translation>%1&#xa0;: ResourceSubType %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="122"/>
        <source>%1: ResourceSubType %2 added</source>
        <translation>%1&#xa0;: ResourceSubType %2 ajouté</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="133"/>
        <source>Memory in MB</source>
        <translation>Mémoire en Mo</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="138"/>
        <source>%1: memory %2 -&gt; %3 byte * 2^20</source>
        <translation>%1&#xa0;: mémoire %2 -&gt; %3 byte * 2^20</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="151"/>
        <source>%1: vmw:Config firmware=&quot;%2&quot; added</source>
        <translation>%1&#xa0;: vmw:Config firmware=&quot;%2&quot; ajouté</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="167"/>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1&#xa0;: %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="176"/>
        <source>%1: ExtraConfig %2 removed</source>
        <translation>%1&#xa0;: ExtraConfig %2 supprimé</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="179"/>
        <source>%1: %2 marked ovf:required=&quot;false&quot;</source>
        <translation>%1&#xa0;: %2 marqué ovf:required=&quot;false&quot;</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="183"/>
        <source>%1: ovf:href &apos;%2&apos; -&gt; &apos;%3&apos;</source>
        <translation>%1&#xa0;: ovf:href «&#xa0;%2&#xa0;» -&gt; «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="186"/>
        <source>%1: ovf:size %2 added to %3</source>
        <translation>%1&#xa0;: ovf:size %2 ajouté à %3</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="250"/>
        <source>Make compatible with %1</source>
        <translation>Rendre compatible avec %1</translation>
    </message>
    <message>
        <location filename="../model/compat/fixer.cpp" line="235"/>
        <source>manifest written with %1</source>
        <translation>manifeste écrit avec %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/fixer.cpp" line="238"/>
        <source>gzip files stored uncompressed (%n files)</source>
        <translation>
            <numerusform>fichiers gzip stockés non compressés (%n fichier)</numerusform>
            <numerusform>fichiers gzip stockés non compressés (%n fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/fixer.cpp" line="241"/>
        <source>chunked files joined (%n files)</source>
        <translation>
            <numerusform>fichiers en blocs réunis (%n fichier)</numerusform>
            <numerusform>fichiers en blocs réunis (%n fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="99"/>
        <source>namespace %1 -&gt; %2 (OVF 1)</source>
        <translation>espace de noms %1 -&gt; %2 (OVF 1)</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="104"/>
        <source>ovf:version %1 -&gt; 1.0</source>
        <translation>ovf:version %1 -&gt; 1.0</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="117"/>
        <source>Rewrite %1 as Item</source>
        <translation>Réécrire %1 en Item</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="124"/>
        <source>line %1: %2 (%3) -&gt; RASD Item</source>
        <translation>ligne %1&#xa0;: %2 (%3) -&gt; Item RASD</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="125"/>
        <source>line %1: %2 (%3) -&gt; RASD Item, without %4 (not in RASD)</source>
        <translation>ligne %1&#xa0;: %2 (%3) -&gt; Item RASD, sans %4 (absent de RASD)</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="141"/>
        <source>%1: the VirtualSystem uses prefixes declared on its collection; not moved</source>
        <translation>%1&#xa0;: le VirtualSystem utilise des préfixes déclarés sur sa collection&#xa0;; non déplacé</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="152"/>
        <source>Replace collection by its VirtualSystem</source>
        <translation>Remplacer la collection par son VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="158"/>
        <source>%1: VirtualSystemCollection %2 replaced by its VirtualSystem %3</source>
        <translation>%1&#xa0;: VirtualSystemCollection %2 remplacée par son VirtualSystem %3</translation>
    </message>
    <message>
        <location filename="../model/compat/fixes_structure.cpp" line="160"/>
        <source>%1: VirtualSystemCollection %2 replaced by its VirtualSystem %3 (dropped with it: %4)</source>
        <translation>%1&#xa0;: VirtualSystemCollection %2 remplacée par son VirtualSystem %3 (supprimé avec elle&#xa0;: %4)</translation>
    </message>
</context>
<context>
    <name>ovf::compat::Linter</name>
    <message>
        <location filename="../model/compat/linter.cpp" line="23"/>
        <source>The envelope&apos;s OVF generation is one the platform reads</source>
        <translation>La génération OVF de l’enveloppe est lue par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="24"/>
        <source>OVF 2 StorageItem and EthernetPortItem are read by the platform</source>
        <translation>Les StorageItem et EthernetPortItem OVF 2 sont lus par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="25"/>
        <source>Sections that exist only in OVF 2 are understood by an OVF 1 platform</source>
        <translation>Les sections propres à OVF 2 sont comprises par une plateforme OVF 1</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="26"/>
        <source>A VirtualSystemCollection can be imported</source>
        <translation>Une VirtualSystemCollection peut être importée</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="27"/>
        <source>vCloud Director: a collection and its only VirtualSystem share one ovf:id</source>
        <translation>vCloud Director&#xa0;: une collection et son unique VirtualSystem partagent un même ovf:id</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="28"/>
        <source>OVF attributes carry the ovf: prefix (href=, id= are not read)</source>
        <translation>Les attributs OVF portent le préfixe ovf: (href=, id= ne sont pas lus)</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="29"/>
        <source>VMware sections marked ovf:required are understood by the platform</source>
        <translation>Les sections VMware marquées ovf:required sont comprises par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="30"/>
        <source>No template placeholder (@@X@@, {{ x }}, ${X} without such a property) is left</source>
        <translation>Aucun paramètre fictif de modèle (@@X@@, {{ x }}, ${X} sans propriété correspondante) ne subsiste</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="31"/>
        <source>The VM name fits the platform&apos;s naming rules</source>
        <translation>Le nom de la VM respecte les règles de nommage de la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="32"/>
        <source>The descriptor is within the platform&apos;s size limit</source>
        <translation>Le descripteur respecte la taille maximale de la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="33"/>
        <source>ProductSection properties are offered by the platform</source>
        <translation>Les propriétés de ProductSection sont proposées par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="34"/>
        <source>EULAs are shown for acceptance by the platform</source>
        <translation>Les contrats de licence sont présentés à l’acceptation par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="35"/>
        <source>Deployment options are offered by the platform</source>
        <translation>Les options de déploiement sont proposées par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="36"/>
        <source>Localized Strings are used by the platform</source>
        <translation>Les Strings localisées sont utilisées par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="37"/>
        <source>StartupSection order and delays are applied by the platform</source>
        <translation>L’ordre et les délais de la StartupSection sont appliqués par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="38"/>
        <source>vmw:Config and vmw:ExtraConfig are applied by the platform</source>
        <translation>vmw:Config et vmw:ExtraConfig sont appliqués par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="39"/>
        <source>The VirtualSystemType is a family the platform accepts</source>
        <translation>Le VirtualSystemType est une famille acceptée par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="40"/>
        <source>Storage controller ResourceSubTypes are models the platform offers</source>
        <translation>Les ResourceSubType des contrôleurs de stockage sont des modèles proposés par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="41"/>
        <source>Network adapter ResourceSubTypes are models the platform offers</source>
        <translation>Les ResourceSubType des cartes réseau sont des modèles proposés par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="42"/>
        <source>Every Item&apos;s ResourceType is a device the platform maps</source>
        <translation>Le ResourceType de chaque Item est un périphérique que la plateforme sait associer</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="43"/>
        <source>Disk HostResources are written ovf:/disk/ID</source>
        <translation>Les HostResource de disque s’écrivent ovf:/disk/ID</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="44"/>
        <source>InstanceIDs are unique in a VirtualHardwareSection</source>
        <translation>Les InstanceID sont uniques dans une VirtualHardwareSection</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="45"/>
        <source>Memory is given in MB where the platform assumes MB</source>
        <translation>La mémoire est indiquée en Mo là où la plateforme suppose des Mo</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="46"/>
        <source>A UEFI firmware request is one the platform reads</source>
        <translation>Une demande de micrologiciel UEFI est lue par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="47"/>
        <source>vmw:ExtraConfig keys are ones the platform applies</source>
        <translation>Les clés vmw:ExtraConfig sont appliquées par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="48"/>
        <source>The manifest&apos;s digest algorithm is one the platform verifies</source>
        <translation>L’algorithme d’empreinte du manifeste est vérifié par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="49"/>
        <source>gzip-compressed files (ovf:compression) are read by the platform</source>
        <translation>Les fichiers compressés gzip (ovf:compression) sont lus par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="50"/>
        <source>Chunked files (ovf:chunkSize) are read by the platform</source>
        <translation>Les fichiers découpés en blocs (ovf:chunkSize) sont lus par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="51"/>
        <source>File hrefs have no unencoded spaces</source>
        <translation>Les href des File n’ont pas d’espaces non encodées</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="52"/>
        <source>File hrefs use only characters the platform accepts</source>
        <translation>Les href des File n’utilisent que des caractères acceptés par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="53"/>
        <source>Every File has an ovf:size</source>
        <translation>Chaque File a un ovf:size</translation>
    </message>
    <message>
        <location filename="../model/compat/linter.cpp" line="54"/>
        <source>OVA members over 8 GiB are read by the platform</source>
        <translation>Les membres d’OVA de plus de 8 Gio sont lus par la plateforme</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="67"/>
        <source>%1 does not read %2 envelopes</source>
        <translation>%1 ne lit pas les enveloppes %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="68"/>
        <source>rewrite as OVF 1.0 (namespaces, ovf:version, StorageItem and EthernetPortItem as RASD Items)</source>
        <translation>réécrire en OVF 1.0 (espaces de noms, ovf:version, StorageItem et EthernetPortItem en Items RASD)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="87"/>
        <source>%1 does not read OVF 2 %2 elements: %3 (InstanceID %4) %5</source>
        <translation>%1 ne lit pas les éléments %2 d’OVF 2&#xa0;: %3 (InstanceID %4) %5</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="89"/>
        <location filename="../model/compat/lintrules_hardware.cpp" line="184"/>
        <source>makes the import fail</source>
        <translation>fait échouer l’import</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="89"/>
        <source>is left out of the VM</source>
        <translation>est omis de la VM</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="90"/>
        <source>rewrite as an OVF 1.0 RASD Item</source>
        <translation>réécrire en Item RASD OVF 1.0</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_envelope.cpp" line="103"/>
        <source>%1 imports single virtual machines, not a VirtualSystemCollection (%2 holds %n entities)</source>
        <translation>
            <numerusform>%1 importe des machines virtuelles isolées, pas une VirtualSystemCollection (%2 contient %n entité)</numerusform>
            <numerusform>%1 importe des machines virtuelles isolées, pas une VirtualSystemCollection (%2 contient %n entités)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="106"/>
        <source>replace the collection by its only VirtualSystem (collection-level sections are dropped)</source>
        <translation>remplacer la collection par son unique VirtualSystem (les sections au niveau de la collection sont abandonnées)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="119"/>
        <source>VirtualSystem %1 has the id of its collection (vCloud Director&apos;s single-VM vApp); on %2 references to it (start order, OVF environment) are ambiguous</source>
        <translation>Le VirtualSystem %1 a l’identifiant de sa collection (vApp à VM unique de vCloud Director)&#xa0;; sur %2, les références à celui-ci (ordre de démarrage, environnement OVF) sont ambiguës</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="122"/>
        <source>rename the VirtualSystem to %1</source>
        <translation>renommer le VirtualSystem en %1</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="148"/>
        <source>%1 reads only ovf:%2; the unqualified %2= of %3 is not read%4</source>
        <translation>%1 ne lit que ovf:%2&#xa0;; l’attribut %2= non qualifié de %3 n’est pas lu%4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="150"/>
        <source> (%1 elements)</source>
        <translation> (%1 éléments)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="151"/>
        <source>write it as ovf:%1</source>
        <translation>l’écrire ovf:%1</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="166"/>
        <source>%1 is marked required, but %2 does not apply VMware&apos;s %1 (OVF says a platform must refuse a required extension it does not understand; %2 ignores it)</source>
        <translation>%1 est marqué obligatoire, mais %2 n’applique pas le %1 de VMware (OVF impose à une plateforme de refuser une extension obligatoire qu’elle ne comprend pas&#xa0;; %2 l’ignore)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="169"/>
        <source>mark it ovf:required=&quot;false&quot;</source>
        <translation>le marquer ovf:required=&quot;false&quot;</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="187"/>
        <source>Template placeholder %1 left in %2, where a number is required: no platform can import this</source>
        <translation>Paramètre fictif de modèle %1 laissé dans %2, où un nombre est exigé&#xa0;: aucune plateforme ne peut importer ceci</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="190"/>
        <source>Template placeholder %1 left in %2: it reaches the VM as written</source>
        <translation>Paramètre fictif de modèle %1 laissé dans %2&#xa0;: il parvient tel quel à la VM</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_envelope.cpp" line="222"/>
        <source>%1 does not read ProductSection properties: %n properties of %2 are neither offered nor passed to the guest</source>
        <translation>
            <numerusform>%1 ne lit pas les propriétés de ProductSection&#xa0;: %n propriété de %2 n’est ni proposée ni transmise à l’invité</numerusform>
            <numerusform>%1 ne lit pas les propriétés de ProductSection&#xa0;: %n propriétés de %2 ne sont ni proposées ni transmises à l’invité</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="231"/>
        <source>%1 does not show EULAs: the license of %2 is not presented for acceptance</source>
        <translation>%1 n’affiche pas les contrats de licence&#xa0;: la licence de %2 n’est pas présentée à l’acceptation</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="235"/>
        <source>%1 does not apply StartupSection order and delays</source>
        <translation>%1 n’applique pas l’ordre ni les délais de la StartupSection</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="241"/>
        <source>%1 does not offer deployment options: the default configuration is deployed</source>
        <translation>%1 ne propose pas les options de déploiement&#xa0;: la configuration par défaut est déployée</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_envelope.cpp" line="245"/>
        <source>%1 shows only the default texts; %n Strings bundles are not used</source>
        <translation>
            <numerusform>%1 n’affiche que les textes par défaut&#xa0;; %n catalogue Strings n’est pas utilisé</numerusform>
            <numerusform>%1 n’affiche que les textes par défaut&#xa0;; %n catalogues Strings ne sont pas utilisés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="269"/>
        <source>%1 names the VM %2, not %3 (characters it does not allow are removed)</source>
        <translation>%1 nomme la VM %2, et non %3 (les caractères qu’il n’autorise pas sont supprimés)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="270"/>
        <source>with a generated name</source>
        <translation>avec un nom généré</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="274"/>
        <source>%1 allows VM names of at most %2 characters; &apos;%3&apos; has %4</source>
        <translation>%1 autorise des noms de VM de %2 caractères au plus&#xa0;; «&#xa0;%3&#xa0;» en a %4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="290"/>
        <source>%1 reads descriptors of at most %2 bytes; this one has %3</source>
        <translation>%1 lit des descripteurs de %2 octets au plus&#xa0;; celui-ci en fait %3</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_envelope.cpp" line="317"/>
        <source>%1 is OVF 2 only; %2 reads OVF 1 and leaves it out</source>
        <translation>%1 est propre à OVF 2&#xa0;; %2 lit OVF 1 et l’omet</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="90"/>
        <source>%1 does not accept the hardware family &apos;%2&apos;%3</source>
        <translation>%1 n’accepte pas la famille matérielle «&#xa0;%2&#xa0;»%3</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="92"/>
        <source> (&quot;Unsupported hardware family&quot;)</source>
        <translation> («&#xa0;Unsupported hardware family&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="94"/>
        <source>set VirtualSystemType to %1</source>
        <translation>définir VirtualSystemType à %1</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="109"/>
        <source>the adapter becomes an e1000</source>
        <translation>la carte devient une e1000</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="111"/>
        <source>the controller becomes virtio-scsi</source>
        <translation>le contrôleur devient virtio-scsi</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="113"/>
        <source>the NVMe controller becomes SATA</source>
        <translation>le contrôleur NVMe devient SATA</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="116"/>
        <source>%1 has no &apos;%2&apos; %3: %4</source>
        <translation>%1 n’a pas de %3 «&#xa0;%2&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="134"/>
        <source>remove the ResourceSubType</source>
        <translation>supprimer le ResourceSubType</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="135"/>
        <source>set ResourceSubType to %1</source>
        <translation>définir ResourceSubType à %1</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="136"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="139"/>
        <source>no subtype</source>
        <translation>aucun sous-type</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="142"/>
        <source>%1 has no %2 of this kind (&apos;%3&apos;)</source>
        <translation>%1 n’a pas de %2 de ce genre («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="143"/>
        <source>%1 does not offer %2 model &apos;%3&apos; (it offers %4)</source>
        <translation>%1 ne propose pas le modèle de %2 «&#xa0;%3&#xa0;» (il propose %4)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="163"/>
        <source>%1 has no device for ResourceType %2 (%3): &quot;No support for the virtual hardware device type&quot;</source>
        <translation>%1 n’a pas de périphérique pour le ResourceType %2 (%3)&#xa0;: «&#xa0;No support for the virtual hardware device type&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="168"/>
        <source>%1 leaves out %2 (ResourceType %3)</source>
        <translation>%1 omet %2 (ResourceType %3)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="182"/>
        <source>%1 resolves only %2; the disk written &apos;%3&apos; %4</source>
        <translation>%1 ne résout que %2&#xa0;; le disque écrit «&#xa0;%3&#xa0;» %4</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="185"/>
        <source>is skipped</source>
        <translation>est ignoré</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="186"/>
        <location filename="../model/compat/lintrules_package.cpp" line="132"/>
        <source>write %1</source>
        <translation>écrire %1</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="193"/>
        <source>%1 reads memory as MB whatever its AllocationUnits: %2 %3 would become %2 MB</source>
        <translation>%1 lit la mémoire en Mo quelles que soient ses AllocationUnits&#xa0;: %2 %3 deviendraient %2 Mo</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="195"/>
        <source>write %1 MB (AllocationUnits byte * 2^20)</source>
        <translation>écrire %1 Mo (AllocationUnits byte * 2^20)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="236"/>
        <source>The VM asks for UEFI firmware (%1), which %2 does not read: it is created with BIOS and a UEFI-only guest will not boot</source>
        <translation>La VM demande un micrologiciel UEFI (%1), que %2 ne lit pas&#xa0;: elle est créée avec BIOS et un invité uniquement UEFI ne démarrera pas</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="239"/>
        <source>add vmw:Config firmware=&quot;efi&quot;</source>
        <translation>ajouter vmw:Config firmware=&quot;efi&quot;</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="265"/>
        <source>%1 does not apply ExtraConfig key &apos;%2&apos; (OVF Tool drops keys outside its allow-list unless --allowExtraConfig is given)</source>
        <translation>%1 n’applique pas la clé ExtraConfig «&#xa0;%2&#xa0;» (OVF Tool abandonne les clés hors de sa liste autorisée sauf si --allowExtraConfig est indiqué)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="268"/>
        <source>remove ExtraConfig &apos;%1&apos;</source>
        <translation>supprimer ExtraConfig «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/compat/lintrules_hardware.cpp" line="279"/>
        <source>%1 does not apply VMware&apos;s vmw:Config / vmw:ExtraConfig settings (%n here)</source>
        <translation>
            <numerusform>%1 n’applique pas les paramètres vmw:Config / vmw:ExtraConfig de VMware (%n ici)</numerusform>
            <numerusform>%1 n’applique pas les paramètres vmw:Config / vmw:ExtraConfig de VMware (%n ici)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="292"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_hardware.cpp" line="293"/>
        <source>give %1 an unused InstanceID</source>
        <translation>donner à %1 un InstanceID inutilisé</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="95"/>
        <source>%1 verifies %2 manifests; this manifest uses %3 (&quot;The following manifest file entry is invalid&quot;)</source>
        <translation>%1 vérifie les manifestes %2&#xa0;; ce manifeste utilise %3 («&#xa0;The following manifest file entry is invalid&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="98"/>
        <source>%1 verifies %2 manifests; the %3 entries of this manifest are skipped unchecked</source>
        <translation>%1 vérifie les manifestes %2&#xa0;; les entrées %3 de ce manifeste sont ignorées sans vérification</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="100"/>
        <source>write the manifest with %1 when the package is written</source>
        <translation>écrire le manifeste avec %1 à l’écriture du paquet</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="110"/>
        <source>%1 does not read gzip-compressed files (ovf:compression): %2</source>
        <translation>%1 ne lit pas les fichiers compressés gzip (ovf:compression)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="111"/>
        <source>store it uncompressed when the package is written</source>
        <translation>le stocker non compressé à l’écriture du paquet</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="114"/>
        <source>%1 does not read chunked files (ovf:chunkSize): %2</source>
        <translation>%1 ne lit pas les fichiers découpés en blocs (ovf:chunkSize)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="115"/>
        <source>join the chunks when the package is written</source>
        <translation>réunir les blocs à l’écriture du paquet</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="122"/>
        <source>%1 accepts only plain file names of letters, digits and _ . + = - as hrefs; &apos;%2&apos; is refused (&quot;referenced path ... is invalid&quot;)</source>
        <translation>%1 n’accepte comme href que des noms de fichier simples faits de lettres, chiffres et _ . + = -&#xa0;; «&#xa0;%2&#xa0;» est refusé («&#xa0;referenced path ... is invalid&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="129"/>
        <source>ovf:href &apos;%1&apos; has an unencoded space; an href is a URI reference (DSP0243 §7.1, RFC 3986) and %2 reads it as one</source>
        <translation>l’ovf:href «&#xa0;%1&#xa0;» contient une espace non encodée&#xa0;; un href est une référence URI (DSP0243 §7.1, RFC 3986) et %2 le lit comme telle</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="135"/>
        <source>%1 takes ovf:href &apos;%2&apos; literally as a file name: its percent-escapes are not decoded and the file is not found</source>
        <translation>%1 prend l’ovf:href «&#xa0;%2&#xa0;» littéralement comme nom de fichier&#xa0;: ses échappements pourcent ne sont pas décodés et le fichier est introuvable</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="141"/>
        <source>File %1 has no ovf:size; %2 cannot show the download size or check space before deploying</source>
        <translation>Le File %1 n’a pas d’ovf:size&#xa0;; %2 ne peut ni afficher la taille du téléchargement ni vérifier l’espace avant le déploiement</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="144"/>
        <source>set ovf:size to %1</source>
        <translation>définir ovf:size à %1</translation>
    </message>
    <message>
        <location filename="../model/compat/lintrules_package.cpp" line="155"/>
        <source>OVA member %1 is %2 bytes, over the 8 GiB a ustar header can hold; %3 reads only ustar sizes</source>
        <translation>Le membre d’OVA %1 fait %2 octets, plus que les 8 Gio qu’un en-tête ustar peut contenir&#xa0;; %3 ne lit que les tailles ustar</translation>
    </message>
</context>
<context>
    <name>ovf::deploy::PlanProblem</name>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="21"/>
        <source>Deployment option %1: %2</source>
        <translation>Option de déploiement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="22"/>
        <source>License %1: %2</source>
        <translation>Licence %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="23"/>
        <source>Property %1: %2</source>
        <translation>Propriété %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="24"/>
        <source>Network %1: %2</source>
        <translation>Réseau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="25"/>
        <source>Virtual machine %1: %2</source>
        <translation>Machine virtuelle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="26"/>
        <source>Storage %1: %2</source>
        <translation>Stockage %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="27"/>
        <source>Target (%1): %2</source>
        <translation>Cible (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="28"/>
        <source>Virtual system %1: %2</source>
        <translation>Système virtuel %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/deploy/planproblem.cpp" line="29"/>
        <source>Answer file, %1: %2</source>
        <translation>Fichier de réponses, %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ovf::items::EnvelopeTreeModel</name>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="160"/>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="169"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="170"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodel.cpp" line="171"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../model/items/envelopetreemodeledit.cpp" line="315"/>
        <source>Move &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ovf::items::HardwareDeviceModel</name>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="67"/>
        <source>(no network)</source>
        <translation>(aucun réseau)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="74"/>
        <source>Disk %1</source>
        <translation>Disque %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="76"/>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="82"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="89"/>
        <source>bus %1</source>
        <translation>bus %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="94"/>
        <source>controller %1</source>
        <translation>contrôleur %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="95"/>
        <source>%1, unit %2</source>
        <translation>%1, unité %2</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="117"/>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="119"/>
        <source>bound %1</source>
        <translation>lié %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="121"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="133"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="134"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="135"/>
        <source>Connected to</source>
        <translation>Connecté à</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="136"/>
        <source>Controller / address</source>
        <translation>Contrôleur / adresse</translation>
    </message>
    <message>
        <location filename="../model/items/hardwaredevicemodel.cpp" line="137"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
</context>
<context>
    <name>ovf::items::HardwareQuantityModel</name>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="65"/>
        <source>All options (base)</source>
        <translation>Toutes les options (base)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="68"/>
        <source>Option: %1</source>
        <translation>Option&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="81"/>
        <source>minimum</source>
        <translation>minimum</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="82"/>
        <source>maximum</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="164"/>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="165"/>
        <source>%1 (base)</source>
        <translation>%1 (base)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="170"/>
        <source>This option uses the base value; edit the cell to give it its own.</source>
        <translation>Cette option utilise la valeur de base&#xa0;; modifiez la cellule pour lui donner sa propre valeur.</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="172"/>
        <source>vmw:CoresPerSocket: how the CPUs are grouped into sockets (must divide the CPU count)</source>
        <translation>vmw:CoresPerSocket&#xa0;: comment les processeurs sont groupés en sockets (doit diviser le nombre de processeurs)</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="183"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="184"/>
        <source>CPUs</source>
        <translation>Processeurs</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="185"/>
        <source>Cores per socket</source>
        <translation>Cœurs par socket</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="186"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../model/items/hardwarequantitymodel.cpp" line="221"/>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>ovf::items::PackageEntriesModel</name>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="102"/>
        <source>ovf:capacity %1, ovf:capacityAllocationUnits %2</source>
        <translation>ovf:capacity %1, ovf:capacityAllocationUnits %2</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="113"/>
        <source>(blank: created at deployment)</source>
        <translation>(vierge&#xa0;: créé au déploiement)</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="146"/>
        <source>(when saved)</source>
        <translation>(à l’enregistrement)</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="153"/>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="155"/>
        <source>Pending: %1 becomes %2 (a streamOptimized VMDK) when the package is saved</source>
        <translation>En attente&#xa0;: %1 devient %2 (un VMDK streamOptimized) à l’enregistrement du paquet</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="157"/>
        <source>pending: %1</source>
        <translation>en attente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Disk</source>
        <translation>Disque</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Populated</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="171"/>
        <source>Drives</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="175"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="175"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="175"/>
        <source>Adapters</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Href</source>
        <translation>Href</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Chunk size</source>
        <translation>Taille de bloc</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="179"/>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="180"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="207"/>
        <source>A disk needs a capacity above 0.</source>
        <translation>Un disque a besoin d’une capacité supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="214"/>
        <source>Set the capacity of %1 to %2</source>
        <translation>Définir la capacité de %1 à %2</translation>
    </message>
    <message>
        <location filename="../model/items/packageentriesmodel.cpp" line="252"/>
        <source>Edit the description of network %1</source>
        <translation>Modifier la description du réseau %1</translation>
    </message>
</context>
<context>
    <name>ovf::items::PropertyTableModel</name>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="133"/>
        <source>The type is not valid: %1</source>
        <translation>Le type n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="138"/>
        <source>The qualifiers are not valid: %1</source>
        <translation>Les qualificatifs ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="142"/>
        <source>The qualifiers do not fit the type: %1</source>
        <translation>Les qualificatifs ne conviennent pas au type&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="154"/>
        <source>Value for %1: %2</source>
        <translation>Valeur de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="211"/>
        <source>Category: the properties below it are shown under this heading</source>
        <translation>Catégorie&#xa0;: les propriétés qui la suivent apparaissent sous ce titre</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="251"/>
        <source>No default value: the value is asked for at deployment</source>
        <translation>Aucune valeur par défaut&#xa0;: la valeur est demandée au déploiement</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="253"/>
        <source>Full key in the OVF environment: %1</source>
        <translation>Clé complète dans l’environnement OVF&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="274"/>
        <source>Rename category %1</source>
        <translation>Renommer la catégorie %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="284"/>
        <source>Make %1 user-configurable</source>
        <translation>Rendre %1 configurable par l’utilisateur</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="284"/>
        <source>Make %1 fixed</source>
        <translation>Rendre %1 fixe</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="290"/>
        <source>Mark %1 as a password</source>
        <translation>Marquer %1 comme mot de passe</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="290"/>
        <source>Unmark %1 as a password</source>
        <translation>Ne plus marquer %1 comme mot de passe</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="301"/>
        <source>Rename property %1 to %2</source>
        <translation>Renommer la propriété %1 en %2</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="305"/>
        <source>Set type of %1 to %2</source>
        <translation>Définir le type de %1 à %2</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="309"/>
        <source>Set default value of %1</source>
        <translation>Définir la valeur par défaut de %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="314"/>
        <source>Set qualifiers of %1</source>
        <translation>Définir les qualificatifs de %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="318"/>
        <source>Set label of %1</source>
        <translation>Définir le libellé de %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="323"/>
        <source>Set description of %1</source>
        <translation>Définir la description de %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="333"/>
        <source>Values per deployment option (ovf:Value with ovf:configuration)</source>
        <translation>Valeurs par option de déploiement (ovf:Value avec ovf:configuration)</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="334"/>
        <source>ovf:userConfigurable: the operator may change the value at deployment</source>
        <translation>ovf:userConfigurable&#xa0;: l’opérateur peut modifier la valeur au déploiement</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="335"/>
        <source>ovf:password: the value is hidden while it is entered</source>
        <translation>ovf:password&#xa0;: la valeur est masquée pendant sa saisie</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="342"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="343"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="344"/>
        <source>Default value</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="345"/>
        <source>Qualifiers</source>
        <translation>Qualificatifs</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="346"/>
        <source>User set</source>
        <translation>Modifiable</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="347"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="348"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="349"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="350"/>
        <source>Per option</source>
        <translation>Par option</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="401"/>
        <source>Add property %1</source>
        <translation>Ajouter la propriété %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="415"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="415"/>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="429"/>
        <source>Remove category %1</source>
        <translation>Supprimer la catégorie %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="430"/>
        <source>Remove property %1</source>
        <translation>Supprimer la propriété %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="439"/>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <location filename="../model/items/propertytablemodel.cpp" line="439"/>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
</context>
<context>
    <name>ovf::items::StartupTableModel</name>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="128"/>
        <source>%1 (not in this collection)</source>
        <translation>%1 (absent de cette collection)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="130"/>
        <source>powerOn (default)</source>
        <translation>powerOn (par défaut)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="132"/>
        <source>powerOff (default)</source>
        <translation>powerOff (par défaut)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="134"/>
        <source>0 (default)</source>
        <translation>0 (par défaut)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="140"/>
        <source>%1 has no entry in the startup order: it starts after the ordered systems. Edit a cell to give it one.</source>
        <translation>%1 n’a pas d’entrée dans l’ordre de démarrage&#xa0;: il démarre après les systèmes ordonnés. Modifiez une cellule pour lui en donner une.</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="144"/>
        <source>Systems with a lower order start first; equal orders start together. Drag rows to change it.</source>
        <translation>Les systèmes d’ordre inférieur démarrent en premier&#xa0;; ceux de même ordre démarrent ensemble. Faites glisser les lignes pour le modifier.</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="146"/>
        <source>Seconds to wait after powering this system on before the next group starts</source>
        <translation>Secondes d’attente après la mise sous tension de ce système avant que le groupe suivant démarre</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="148"/>
        <source>Seconds to wait after stopping this system before the next one stops</source>
        <translation>Secondes d’attente après l’arrêt de ce système avant que le suivant s’arrête</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="162"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="163"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="164"/>
        <source>Start delay (s)</source>
        <translation>Délai démarrage (s)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="165"/>
        <source>Wait for guest</source>
        <translation>Attendre l’invité</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="166"/>
        <source>Start action</source>
        <translation>Action démarrage</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="167"/>
        <source>Stop delay (s)</source>
        <translation>Délai arrêt (s)</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="168"/>
        <source>Stop action</source>
        <translation>Action arrêt</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="201"/>
        <source>Add %1 to the startup order</source>
        <translation>Ajouter %1 à l’ordre de démarrage</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="229"/>
        <source>Change the %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <location filename="../model/items/startuptablemodel.cpp" line="274"/>
        <source>Change the startup order (%1)</source>
        <translation>Modifier l’ordre de démarrage (%1)</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::AddLocaleCommand</name>
    <message>
        <location filename="../model/l10n/addlocalecommand.cpp" line="20"/>
        <source>Cannot add the locale: %1.</source>
        <translation>Impossible d’ajouter la langue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/addlocalecommand.cpp" line="22"/>
        <source>The descriptor has the locale %1 already.</source>
        <translation>Le descripteur a déjà la langue %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/addlocalecommand.cpp" line="40"/>
        <source>Add locale %1</source>
        <translation>Ajouter la langue %1</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::AppendMessagesCommand</name>
    <message>
        <location filename="../model/l10n/appendmessagescommand.cpp" line="31"/>
        <source>The Strings section is not part of a document.</source>
        <translation>La section Strings ne fait partie d’aucun document.</translation>
    </message>
    <message>
        <location filename="../model/l10n/appendmessagescommand.cpp" line="33"/>
        <source>No messages to add.</source>
        <translation>Aucun message à ajouter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/l10n/appendmessagescommand.cpp" line="66"/>
        <source>Add %n message(s)</source>
        <translation>
            <numerusform>Ajouter %n message</numerusform>
            <numerusform>Ajouter %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovf::l10n::BundleAttachCommand</name>
    <message>
        <location filename="../model/l10n/bundleattachcommand.cpp" line="21"/>
        <source>No bundle store to hold &apos;%1&apos;.</source>
        <translation>Aucun magasin de catalogues pour contenir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundleattachcommand.cpp" line="23"/>
        <source>A bundle &apos;%1&apos; exists already.</source>
        <translation>Un catalogue de chaînes «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundleattachcommand.cpp" line="36"/>
        <source>The bundle &apos;%1&apos; is not loaded.</source>
        <translation>Le catalogue de chaînes «&#xa0;%1&#xa0;» n’est pas chargé.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::BundleStore</name>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="38"/>
        <source>no package files are at hand to read &apos;%1&apos; from</source>
        <translation>aucun fichier du paquet n’est disponible pour y lire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="45"/>
        <source>&apos;%1&apos; is not well-formed XML (%2: %3)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas du XML bien formé (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="48"/>
        <source>&apos;%1&apos; is not a Strings document: its root element is &lt;%2&gt;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un document Strings&#xa0;: son élément racine est &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/bundlestore.cpp" line="57"/>
        <source>&apos;%1&apos; was removed</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::Catalogue</name>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="116"/>
        <source>no File in References has the id &apos;%1&apos;</source>
        <translation>aucun File de References n’a l’identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="118"/>
        <source>the bundle &apos;%1&apos; was not read (no package files at hand)</source>
        <translation>le catalogue de chaînes «&#xa0;%1&#xa0;» n’a pas été lu (aucun fichier du paquet disponible)</translation>
    </message>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="194"/>
        <source>The descriptor has no Strings section for %1; add the locale first.</source>
        <translation>Le descripteur n’a pas de section Strings pour %1&#xa0;; ajoutez d’abord la langue.</translation>
    </message>
    <message>
        <location filename="../model/l10n/catalogue.cpp" line="196"/>
        <source>The %1 messages are in the external bundle &apos;%2&apos;, which cannot be read: %3</source>
        <translation>Les messages %1 se trouvent dans le catalogue de chaînes externe «&#xa0;%2&#xa0;», illisible&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::ClearSectionCommand</name>
    <message>
        <location filename="../model/l10n/clearsectioncommand.cpp" line="11"/>
        <source>The Strings section is empty already.</source>
        <translation>La section Strings est déjà vide.</translation>
    </message>
    <message>
        <location filename="../model/l10n/clearsectioncommand.cpp" line="14"/>
        <source>Remove the messages of a Strings section</source>
        <translation>Supprimer les messages d’une section Strings</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::ImportReport</name>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="39"/>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 not final, %6 untranslated, %7 skipped</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 mises à jour, %4 inchangées, %5 non finales, %6 non traduites, %7 ignorées</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::ImportTranslationsCommand</name>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="76"/>
        <source>%1 names no target language; say which locale to import into.</source>
        <translation>%1 n’indique aucune langue cible&#xa0;; précisez dans quelle langue importer.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="79"/>
        <source>%1 is a translation into %2, not %3.</source>
        <translation>%1 est une traduction en %2, pas en %3.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="81"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="98"/>
        <source>unknown message id &apos;%1&apos;: no element of the descriptor uses it</source>
        <translation>identifiant de message inconnu «&#xa0;%1&#xa0;»&#xa0;: aucun élément du descripteur ne l’utilise</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="103"/>
        <source>message id &apos;%1&apos; appears again; the first one counts</source>
        <translation>l’identifiant de message «&#xa0;%1&#xa0;» apparaît de nouveau&#xa0;; seul le premier compte</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="113"/>
        <source>the source text of &apos;%1&apos; is not the default text any more; its translation was not imported</source>
        <translation>le texte source de «&#xa0;%1&#xa0;» n’est plus le texte par défaut&#xa0;; sa traduction n’a pas été importée</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="131"/>
        <source>%1 has nothing new for %2.</source>
        <translation>%1 n’a rien de nouveau pour %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/l10n/importtranslationscommand.cpp" line="134"/>
        <source>Import %n %1 translation(s) from %2</source>
        <translation>
            <numerusform>Importer %n traduction %1 depuis %2</numerusform>
            <numerusform>Importer %n traductions %1 depuis %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="158"/>
        <source>External bundles cannot be written here (no bundle store).</source>
        <translation>Les catalogues de chaînes externes ne peuvent pas être écrits ici (pas de magasin de catalogues).</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="160"/>
        <source>The bundle file name &apos;%1&apos; is refused: %2</source>
        <translation>Le nom de fichier de catalogue de chaînes «&#xa0;%1&#xa0;» est refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="163"/>
        <source>The File &apos;%1&apos; has the href &apos;%2&apos; already.</source>
        <translation>Le File «&#xa0;%1&#xa0;» a déjà le href «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/importtranslationscommand.cpp" line="166"/>
        <source>The descriptor has no References section to name the bundle file in.</source>
        <translation>Le descripteur n’a pas de section References où nommer le fichier du catalogue de chaînes.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MakeTranslatableCommand</name>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="18"/>
        <source>No element to make translatable.</source>
        <translation>Aucun élément à rendre traduisible.</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="20"/>
        <source>%1 is not a text that OVF lets translate (DSP0243 §10: Msg_Type elements only).</source>
        <translation>%1 n’est pas un texte qu’OVF permet de traduire (DSP0243 §10&#xa0;: éléments Msg_Type uniquement).</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="23"/>
        <source>%1 is translatable already (ovf:msgid &apos;%2&apos;).</source>
        <translation>%1 est déjà traduisible (ovf:msgid «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="26"/>
        <source>%1 has no text to translate.</source>
        <translation>%1 n’a aucun texte à traduire.</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="35"/>
        <source>The message id &apos;%1&apos; is in use already.</source>
        <translation>L’identifiant de message «&#xa0;%1&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../model/l10n/maketranslatablecommand.cpp" line="40"/>
        <source>Make %1 translatable as %2</source>
        <translation>Rendre %1 traduisible sous %2</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MessageStatus</name>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="28"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="30"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="32"/>
        <source>stale</source>
        <translation>périmé</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="34"/>
        <source>identical to the default text</source>
        <translation>identique au texte par défaut</translation>
    </message>
    <message>
        <location filename="../model/l10n/messagestatus.cpp" line="36"/>
        <source>translated</source>
        <translation>traduit</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MessageUsage</name>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="81"/>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="86"/>
        <source>Property %1 · %2</source>
        <translation>Propriété %1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="88"/>
        <source>EULA %1%2</source>
        <translation>Contrat de licence %1%2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="90"/>
        <source>Product%1 · Category %2</source>
        <translation>Produit%1 · Catégorie %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="90"/>
        <source>Product%1 · %2</source>
        <translation>Produit%1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="92"/>
        <source>Deployment option %1 · %2</source>
        <translation>Option de déploiement %1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="94"/>
        <source>Network %1 · %2</source>
        <translation>Réseau %1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="96"/>
        <source>Annotation%1</source>
        <translation>Annotation%1</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="98"/>
        <source>Operating system%1 · %2</source>
        <translation>Système d’exploitation%1 · %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="101"/>
        <source>Hardware item %1%2 · %3</source>
        <translation>Élément matériel %1%2 · %3</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="104"/>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="104"/>
        <source>Virtual system</source>
        <translation>Système virtuel</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="104"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="107"/>
        <source>%1 section%2 · %3</source>
        <translation>Section %1%2 · %3</translation>
    </message>
    <message>
        <location filename="../model/l10n/messageusage.cpp" line="108"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MoveLocaleCommand</name>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="59"/>
        <source>The descriptor has no locale %1.</source>
        <translation>Le descripteur n’a pas la langue %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="62"/>
        <source>%1 has %2 Strings sections; only a locale with one can be moved.</source>
        <translation>%1 a %2 sections Strings&#xa0;; seule une langue qui en a une peut être déplacée.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="66"/>
        <source>External bundles cannot be edited here (no bundle store).</source>
        <translation>Les catalogues de chaînes externes ne peuvent pas être modifiés ici (pas de magasin de catalogues).</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="76"/>
        <source>The %1 messages are in the bundle &apos;%2&apos; already.</source>
        <translation>Les messages %1 sont déjà dans le catalogue de chaînes «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="78"/>
        <source>The bundle file name &apos;%1&apos; is refused: %2</source>
        <translation>Le nom de fichier de catalogue de chaînes «&#xa0;%1&#xa0;» est refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="81"/>
        <source>The descriptor has no References section to name the bundle file in.</source>
        <translation>Le descripteur n’a pas de section References où nommer le fichier du catalogue de chaînes.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="84"/>
        <source>The File &apos;%1&apos; has the href &apos;%2&apos; already.</source>
        <translation>Le File «&#xa0;%1&#xa0;» a déjà le href «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="87"/>
        <source>A bundle &apos;%1&apos; exists already.</source>
        <translation>Un catalogue de chaînes «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="88"/>
        <source>Move %1 to the bundle file %2</source>
        <translation>Déplacer %1 vers le fichier de catalogue de chaînes %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="138"/>
        <source>The %1 messages are in the descriptor already.</source>
        <translation>Les messages %1 sont déjà dans le descripteur.</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="140"/>
        <source>The bundle &apos;%1&apos; cannot be read: %2</source>
        <translation>Le catalogue de chaînes «&#xa0;%1&#xa0;» est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/movelocalecommand.cpp" line="141"/>
        <source>Move %1 into the descriptor</source>
        <translation>Déplacer %1 dans le descripteur</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::MsgidRules</name>
    <message>
        <location filename="../model/l10n/msgidrules.cpp" line="10"/>
        <source>A message id cannot be empty.</source>
        <translation>Un identifiant de message ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../model/l10n/msgidrules.cpp" line="13"/>
        <source>The message id &apos;%1&apos; contains whitespace or a control character.</source>
        <translation>L’identifiant de message «&#xa0;%1&#xa0;» contient un blanc ou un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::RemoveLocaleCommand</name>
    <message>
        <location filename="../model/l10n/removelocalecommand.cpp" line="17"/>
        <source>The descriptor has no locale %1.</source>
        <translation>Le descripteur n’a pas la langue %1.</translation>
    </message>
    <message>
        <location filename="../model/l10n/removelocalecommand.cpp" line="19"/>
        <source>Remove locale %1</source>
        <translation>Supprimer la langue %1</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::RenameMsgidCommand</name>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="18"/>
        <source>The message id is &apos;%1&apos; already.</source>
        <translation>L’identifiant de message est déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="20"/>
        <source>The message id &apos;%1&apos; is in use already.</source>
        <translation>L’identifiant de message «&#xa0;%1&#xa0;» est déjà utilisé.</translation>
    </message>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="26"/>
        <source>Nothing uses or defines the message id &apos;%1&apos;.</source>
        <translation>Rien n’utilise ni ne définit l’identifiant de message «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/renamemsgidcommand.cpp" line="28"/>
        <source>Rename message %1 to %2</source>
        <translation>Renommer le message %1 en %2</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::SetTranslationCommand</name>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="28"/>
        <source>No element of the descriptor uses the message id &apos;%1&apos;.</source>
        <translation>Aucun élément du descripteur n’utilise l’identifiant de message «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="31"/>
        <source>The descriptor has no Strings section for %1; add the locale first.</source>
        <translation>Le descripteur n’a pas de section Strings pour %1&#xa0;; ajoutez d’abord la langue.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="39"/>
        <source>&apos;%1&apos; has no %2 translation to clear.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas de traduction %2 à effacer.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="40"/>
        <source>Clear the %1 translation of %2</source>
        <translation>Effacer la traduction %1 de %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="49"/>
        <source>Translate %1 into %2</source>
        <translation>Traduire %1 en %2</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="53"/>
        <source>%1 contains elements; its text cannot be set.</source>
        <translation>%1 contient des éléments&#xa0;; son texte ne peut pas être défini.</translation>
    </message>
    <message>
        <location filename="../model/l10n/settranslationcommand.cpp" line="55"/>
        <source>The %1 translation of &apos;%2&apos; already reads &quot;%3&quot;.</source>
        <translation>La traduction %1 de «&#xa0;%2&#xa0;» indique déjà «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ovf::l10n::TranslationExport</name>
    <message numerus="yes">
        <location filename="../model/l10n/translationexport.cpp" line="24"/>
        <source> (and %n more place(s))</source>
        <translation>
            <numerusform> (et %n autre endroit)</numerusform>
            <numerusform> (et %n autres endroits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ovf::l10n::TranslationFile</name>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="179"/>
        <source>an entry without msgid</source>
        <translation>une entrée sans msgid</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="181"/>
        <source>an entry without msgstr</source>
        <translation>une entrée sans msgstr</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="229"/>
        <source>a string of this entry holds the character U+%1 (character %2), which XML cannot hold</source>
        <translation>une chaîne de cette entrée contient le caractère U+%1 (position %2), que XML ne peut pas contenir</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="184"/>
        <source>a second header entry</source>
        <translation>une deuxième entrée d’en-tête</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="205"/>
        <source>the file is in %1; only UTF-8 PO files are read (msgconv --to-code=UTF-8 converts it)</source>
        <translation>le fichier est en %1&#xa0;; seuls les fichiers PO en UTF-8 sont lus (msgconv --to-code=UTF-8 le convertit)</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="257"/>
        <source>the line is not UTF-8</source>
        <translation>la ligne n’est pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="300"/>
        <source>expected a quoted string</source>
        <translation>chaîne entre guillemets attendue</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="305"/>
        <source>an unescaped &apos;&quot;&apos; inside a string</source>
        <translation>un «&#xa0;&quot;&#xa0;» non échappé dans une chaîne</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="311"/>
        <source>a string ends with a lone backslash</source>
        <translation>une chaîne se termine par une barre oblique inverse isolée</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="323"/>
        <source>an unknown escape &apos;\%1&apos;</source>
        <translation>un échappement inconnu «&#xa0;\%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="328"/>
        <source>a string continues no msgctxt, msgid or msgstr</source>
        <translation>une chaîne ne prolonge aucun msgctxt, msgid ou msgstr</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="346"/>
        <source>msgstr without msgid</source>
        <translation>msgstr sans msgid</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="348"/>
        <source>a second msgstr in one entry</source>
        <translation>un deuxième msgstr dans une entrée</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="351"/>
        <source>plural forms (%1) are not used by OVF messages</source>
        <translation>les formes plurielles (%1) ne sont pas utilisées par les messages OVF</translation>
    </message>
    <message>
        <location filename="../model/l10n/pofile.cpp" line="353"/>
        <source>unknown keyword &apos;%1&apos;</source>
        <translation>mot-clé inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="166"/>
        <source>XLIFF version %1 is not read (1.0 to 1.2, 2.0 and 2.1 are)</source>
        <translation>la version XLIFF %1 n’est pas lue (les versions 1.0 à 1.2, 2.0 et 2.1 le sont)</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="175"/>
        <source>the XLIFF document has no &lt;file&gt;</source>
        <translation>le document XLIFF n’a pas de &lt;file&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="195"/>
        <source>unit &apos;%1&apos; has no &lt;segment&gt;</source>
        <translation>l’unité «&#xa0;%1&#xa0;» n’a pas de &lt;segment&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="200"/>
        <source>a segment of unit &apos;%1&apos; has no &lt;source&gt;</source>
        <translation>un segment de l’unité «&#xa0;%1&#xa0;» n’a pas de &lt;source&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="234"/>
        <source>trans-unit &apos;%1&apos; has no &lt;source&gt;</source>
        <translation>le trans-unit «&#xa0;%1&#xa0;» n’a pas de &lt;source&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/xlifffile.cpp" line="249"/>
        <source>a unit without id</source>
        <translation>une unité sans identifiant</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="58"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="64"/>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="68"/>
        <source>not an XLIFF document: the root element is &lt;%1&gt;</source>
        <translation>pas un document XLIFF&#xa0;: l’élément racine est &lt;%1&gt;</translation>
    </message>
    <message>
        <location filename="../model/l10n/translationfile.cpp" line="74"/>
        <source>neither XLIFF nor a gettext PO file</source>
        <translation>ni XLIFF ni un fichier PO gettext</translation>
    </message>
</context>
<context>
    <name>ovf::package::AnchorFile</name>
    <message>
        <location filename="../model/package/anchorfile.cpp" line="13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/anchorfile.cpp" line="15"/>
        <source>%1: larger than %2 bytes; not a certificate file</source>
        <translation>%1&#xa0;: plus de %2 octets&#xa0;; ce n’est pas un fichier de certificat</translation>
    </message>
    <message>
        <location filename="../model/package/anchorfile.cpp" line="27"/>
        <source>%1 holds no PEM certificate (“-----BEGIN CERTIFICATE-----”)</source>
        <translation>%1 ne contient aucun certificat PEM («&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>ovf::package::BlockCopier</name>
    <message>
        <location filename="../model/package/blockcopier.cpp" line="58"/>
        <source>%1: the source ended %2 bytes early</source>
        <translation>%1&#xa0;: la source s’est terminée %2 octets trop tôt</translation>
    </message>
</context>
<context>
    <name>ovf::package::CertificateFile</name>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="73"/>
        <source>The certificate file is %1 bytes long; files larger than 1 MiB are refused</source>
        <translation>Le fichier de certificat fait %1 octets&#xa0;; les fichiers de plus de 1 Mio sont refusés</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="78"/>
        <source>Not a certificate file: it contains NUL bytes (it is not text)</source>
        <translation>Pas un fichier de certificat&#xa0;: il contient des octets NUL (ce n’est pas du texte)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="80"/>
        <source>The file starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation>Le fichier commence par une marque d’ordre des octets UTF-8, qu’ovftool n’écrit pas</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="104"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation>Les lignes se terminent par CRLF (fins de ligne Windows)&#xa0;; ovftool écrit LF</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="107"/>
        <source>The certificate file is empty</source>
        <translation>Le fichier de certificat est vide</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="121"/>
        <source>The certificate file contains no certificate after its signature line (DSP0243 §5.2 requires the signer&apos;s X.509 certificate)</source>
        <translation>Le fichier de certificat ne contient aucun certificat après sa ligne de signature (DSP0243 §5.2 exige le certificat X.509 du signataire)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="128"/>
        <source>This is a certificate for another manifest: it signs &quot;%1&quot;, but the package&apos;s manifest is &quot;%2&quot;</source>
        <translation>Ce certificat concerne un autre manifeste&#xa0;: il signe «&#xa0;%1&#xa0;», mais le manifeste du paquet est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="133"/>
        <source>The signature line names &quot;%1&quot;, which differs in letter case from the manifest &quot;%2&quot;</source>
        <translation>La ligne de signature nomme «&#xa0;%1&#xa0;», qui diffère du manifeste «&#xa0;%2&#xa0;» par la casse</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="146"/>
        <source>The certificate file has no signature line: it must start with &quot;SHA256(manifest.mf)= signature&quot;, not with a PEM block</source>
        <translation>Le fichier de certificat n’a pas de ligne de signature&#xa0;: il doit commencer par «&#xa0;SHA256(manifest.mf)= signature&#xa0;», pas par un bloc PEM</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="152"/>
        <source>Line %1 is not a signature line &quot;SHA256(manifest.mf)= signature&quot;: %2</source>
        <translation>La ligne %1 n’est pas une ligne de signature «&#xa0;SHA256(manifest.mf)= signature&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="160"/>
        <source>The signature line uses the digest algorithm &quot;%1&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>La ligne de signature utilise l’algorithme d’empreinte «&#xa0;%1&#xa0;», non pris en charge (SHA1, SHA256 et SHA512 le sont)</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="166"/>
        <source>The signature line is spaced differently from ovftool&apos;s &quot;SHA256(manifest.mf)= signature&quot;</source>
        <translation>La ligne de signature n’est pas espacée comme celle d’ovftool, «&#xa0;SHA256(manifest.mf)= signature&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="183"/>
        <source>The signature is wrapped over %1 lines; ovftool writes it on one line</source>
        <translation>La signature est répartie sur %1 lignes&#xa0;; ovftool l’écrit sur une seule ligne</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="188"/>
        <source>The signature line has no signature after &quot;=&quot;</source>
        <translation>La ligne de signature n’a pas de signature après «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="191"/>
        <source>The signature is not hexadecimal: %1</source>
        <translation>La signature n’est pas hexadécimale&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="196"/>
        <source>The signature has an odd number of hexadecimal digits (%1): it is truncated or damaged</source>
        <translation>La signature a un nombre impair de chiffres hexadécimaux (%1)&#xa0;: elle est tronquée ou endommagée</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="203"/>
        <source>The signature is written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation>La signature est écrite en hexadécimal majuscule&#xa0;; ovftool écrit en minuscules</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="219"/>
        <source>Line %1 is neither part of the signature nor of a certificate: %2</source>
        <translation>La ligne %1 ne fait partie ni de la signature ni d’un certificat&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="227"/>
        <source>Line %1 starts a PEM block of type &quot;%2&quot;; a certificate file holds only CERTIFICATE blocks</source>
        <translation>La ligne %1 commence un bloc PEM de type «&#xa0;%2&#xa0;»&#xa0;; un fichier de certificat ne contient que des blocs CERTIFICATE</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="241"/>
        <source>The certificate that starts on line %1 has no matching &quot;-----END CERTIFICATE-----&quot; line</source>
        <translation>Le certificat qui commence à la ligne %1 n’a pas de ligne «&#xa0;-----END CERTIFICATE-----&#xa0;» correspondante</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="249"/>
        <source>The certificate that starts on line %1 is not valid base64</source>
        <translation>Le certificat qui commence à la ligne %1 n’est pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="257"/>
        <source>The certificate that starts on line %1 is not an X.509 certificate: %2</source>
        <translation>Le certificat qui commence à la ligne %1 n’est pas un certificat X.509&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/certificatefile.cpp" line="264"/>
        <source>The certificate that starts on line %1 is followed by unexpected data inside its PEM block</source>
        <translation>Le certificat qui commence à la ligne %1 est suivi de données inattendues dans son bloc PEM</translation>
    </message>
</context>
<context>
    <name>ovf::package::Coverage</name>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="59"/>
        <source>The manifest %1 has no digest for the descriptor %2</source>
        <translation>Le manifeste %1 n’a pas d’empreinte pour le descripteur %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="61"/>
        <source>The manifest %1 has no digest for %2, which the descriptor references</source>
        <translation>Le manifeste %1 n’a pas d’empreinte pour %2, que le descripteur référence</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="66"/>
        <source>(it lists &quot;%1&quot;, which differs in letter case)</source>
        <translation>(il liste «&#xa0;%1&#xa0;», qui diffère par la casse)</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="69"/>
        <source>(line %1 is blank padding, which OVF Tool 4.0 wrote in place of the descriptor&apos;s digest)</source>
        <translation>(la ligne %1 est un remplissage vide, qu’OVF Tool 4.0 écrivait à la place de l’empreinte du descripteur)</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="77"/>
        <source>%1:%2: the manifest lists %3, which is neither the descriptor nor a file it references</source>
        <translation>%1:%2&#xa0;: le manifeste liste %3, qui n’est ni le descripteur ni un fichier qu’il référence</translation>
    </message>
    <message>
        <location filename="../model/package/manifestcoverage.cpp" line="84"/>
        <source>(the package has &quot;%1&quot;, which differs in letter case)</source>
        <translation>(le paquet contient «&#xa0;%1&#xa0;», qui diffère par la casse)</translation>
    </message>
</context>
<context>
    <name>ovf::package::DescriptorFile</name>
    <message>
        <location filename="../model/package/descriptorfile.cpp" line="25"/>
        <source>cannot create its folder</source>
        <translation>impossible de créer son dossier</translation>
    </message>
</context>
<context>
    <name>ovf::package::DestinationCheck</name>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="23"/>
        <source>its folder %1 cannot be used: %2</source>
        <translation>son dossier %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="26"/>
        <source>the filesystem holding %1 is read-only; nothing was written</source>
        <translation>le système de fichiers contenant %1 est en lecture seule&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="29"/>
        <source>cannot write into %1: %2; nothing was written</source>
        <translation>impossible d’écrire dans %1&#xa0;: %2&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="49"/>
        <source>the disk is full: %1 bytes are needed, only %2 are free; nothing was written</source>
        <translation>le disque est plein&#xa0;: %1&#xa0;octets sont nécessaires, seulement %2 sont libres&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../model/package/destinationcheck.cpp" line="59"/>
        <source>the disk filled up during the write: %1 more bytes were needed, only %2 were free; what was written was removed</source>
        <translation>le disque s’est rempli pendant l’écriture&#xa0;: %1 octets de plus étaient nécessaires, seuls %2 étaient libres&#xa0;; ce qui avait été écrit a été supprimé</translation>
    </message>
</context>
<context>
    <name>ovf::package::Digest</name>
    <message>
        <location filename="../model/package/digest.cpp" line="86"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="93"/>
        <source>Hashing %1: %2</source>
        <translation>Hachage de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/digest.cpp" line="97"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ovf::package::DiskImageInspector</name>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="55"/>
        <source>qemu-img %1 did not finish</source>
        <translation>qemu-img %1 ne s’est pas terminé</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="59"/>
        <source>qemu-img cannot read it as %1: %2</source>
        <translation>qemu-img ne peut pas le lire en tant que %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="123"/>
        <source>disk format &apos;%1&apos; is not supported (%2)</source>
        <translation>le format de disque «&#xa0;%1&#xa0;» n’est pas pris en charge (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="131"/>
        <source>qemu-img info gave no JSON</source>
        <translation>qemu-img info n’a renvoyé aucun JSON</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="133"/>
        <source>the image has a backing file (&apos;%1&apos;); only self-contained disks are accepted (flatten it first)</source>
        <translation>l’image a un fichier de base («&#xa0;%1&#xa0;»)&#xa0;; seuls les disques autonomes sont acceptés (aplatissez-la d’abord)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="137"/>
        <source>the image keeps its data in an external file (&apos;%1&apos;)</source>
        <translation>l’image garde ses données dans un fichier externe («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="141"/>
        <source>qemu-img read it as &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>qemu-img l’a lue comme «&#xa0;%1&#xa0;», pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="149"/>
        <source>the VMDK&apos;s extent &apos;%1&apos; is not a file beside it</source>
        <translation>l’extent «&#xa0;%1&#xa0;» du VMDK n’est pas un fichier situé à côté</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="153"/>
        <source>VMDK create type &apos;%1&apos; is not allowed (streamOptimized or monolithicSparse only)</source>
        <translation>le type de création VMDK «&#xa0;%1&#xa0;» n’est pas autorisé (streamOptimized ou monolithicSparse uniquement)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="156"/>
        <source>the VMDK has %1 extents; one is allowed</source>
        <translation>le VMDK a %1 extents&#xa0;; un seul est autorisé</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="159"/>
        <source>the VMDK&apos;s extent points outside the image (&apos;%1&apos;)</source>
        <translation>l’extent du VMDK pointe hors de l’image («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="164"/>
        <source>qemu-img reports no virtual size</source>
        <translation>qemu-img n’indique aucune taille virtuelle</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="167"/>
        <source>its virtual size %1 bytes exceeds the disk&apos;s declared capacity of %2 bytes</source>
        <translation>sa taille virtuelle de %1 octets dépasse la capacité déclarée du disque, %2 octets</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="198"/>
        <source>qemu-img map gave no JSON list: %1</source>
        <translation>qemu-img map n’a renvoyé aucune liste JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/diskimageinspector.cpp" line="206"/>
        <source>qemu-img map gave an extent without start or length</source>
        <translation>qemu-img map a renvoyé un extent sans début ni longueur</translation>
    </message>
</context>
<context>
    <name>ovf::package::DiskImageReader</name>
    <message>
        <location filename="../model/package/diskimagereader.cpp" line="18"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/package/diskimagereader.cpp" line="18"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../model/package/diskimagereader.cpp" line="40"/>
        <source>the image changed while it was opened (%1 bytes, not %2)</source>
        <translation>l’image a changé pendant son ouverture (%1 octets, et non %2)</translation>
    </message>
</context>
<context>
    <name>ovf::package::FolderWriter</name>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="142"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="149"/>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="154"/>
        <source>cannot create a temporary folder beside %1: %2</source>
        <translation>impossible de créer un dossier temporaire à côté de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="161"/>
        <source>cannot create a lock file beside %1</source>
        <translation>impossible de créer un fichier de verrou à côté de %1</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="190"/>
        <source>%1: cannot create its folder</source>
        <translation>%1&#xa0;: impossible de créer son dossier</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="204"/>
        <source>%1: more data than announced</source>
        <translation>%1&#xa0;: plus de données qu’annoncé</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="215"/>
        <source>%1: %2 bytes short</source>
        <translation>%1&#xa0;: il manque %2 octets</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="239"/>
        <source>cannot sync the folder %1 of the new package</source>
        <translation>impossible de synchroniser le dossier %1 du nouveau paquet</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="253"/>
        <source>cannot move the new package to %1: %2</source>
        <translation>impossible de déplacer le nouveau paquet vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="260"/>
        <source>cannot move the existing %1 aside</source>
        <translation>impossible de mettre de côté le %1 existant</translation>
    </message>
    <message>
        <location filename="../model/package/folderwriter.cpp" line="265"/>
        <source>cannot move the new package to %1</source>
        <translation>impossible de déplacer le nouveau paquet vers %1</translation>
    </message>
</context>
<context>
    <name>ovf::package::GzipDeflater</name>
    <message>
        <location filename="../model/package/gzipdeflater.cpp" line="33"/>
        <source>gzip compression could not start</source>
        <translation>la compression gzip n’a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../model/package/gzipdeflater.cpp" line="49"/>
        <source>gzip compression failed</source>
        <translation>échec de la compression gzip</translation>
    </message>
</context>
<context>
    <name>ovf::package::HrefReader</name>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="44"/>
        <source>there are no package files to read it from</source>
        <translation>il n’y a pas de fichiers de paquet où le lire</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="71"/>
        <source>it is a symbolic link; only regular files inside the package are read</source>
        <translation>c’est un lien symbolique&#xa0;; seuls les fichiers ordinaires du paquet sont lus</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="73"/>
        <source>there is no such file next to the descriptor</source>
        <translation>aucun fichier de ce nom à côté du descripteur</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="76"/>
        <source>&apos;%1&apos; is not a folder</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="78"/>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="93"/>
        <source>it cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="97"/>
        <source>it is larger than %1 bytes</source>
        <translation>il dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../model/package/hrefreader.cpp" line="108"/>
        <source>there is no folder to look for it in</source>
        <translation>il n’y a pas de dossier où la chercher</translation>
    </message>
</context>
<context>
    <name>ovf::package::InflationLimit</name>
    <message>
        <location filename="../model/package/inflationlimit.cpp" line="17"/>
        <source>the limit of %1 bytes for a file no Disk of known capacity references</source>
        <translation>la limite de %1 octets pour un fichier qu’aucun Disk de capacité connue ne référence</translation>
    </message>
    <message>
        <location filename="../model/package/inflationlimit.cpp" line="43"/>
        <source>the capacity of Disk %1 (%2 bytes) plus the allowance for image metadata (%3 bytes in all)</source>
        <translation>la capacité du Disk %1 (%2 octets) plus la marge pour les métadonnées de l’image (%3 octets au total)</translation>
    </message>
</context>
<context>
    <name>ovf::package::Manifest</name>
    <message>
        <location filename="../model/package/manifest.cpp" line="73"/>
        <source>The manifest is %1 bytes long; manifests larger than 1 MiB are refused</source>
        <translation>Le manifeste fait %1 octets&#xa0;; les manifestes de plus de 1 Mio sont refusés</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="78"/>
        <source>Not a manifest: the file contains NUL bytes (it is not text)</source>
        <translation>Pas un manifeste&#xa0;: le fichier contient des octets NUL (ce n’est pas du texte)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="81"/>
        <source>Not a manifest: the file is not UTF-8 text</source>
        <translation>Pas un manifeste&#xa0;: le fichier n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="84"/>
        <source>The manifest starts with a UTF-8 byte order mark, which ovftool does not write</source>
        <translation>Le manifeste commence par une marque d’ordre des octets UTF-8, qu’ovftool n’écrit pas</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="106"/>
        <source>Line %1 contains a carriage return in the middle: %2</source>
        <translation>La ligne %1 contient un retour chariot en son milieu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="115"/>
        <source>Lines end with CRLF (Windows line ends); ovftool writes LF</source>
        <translation>Les lignes se terminent par CRLF (fins de ligne Windows)&#xa0;; ovftool écrit LF</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="119"/>
        <source>The manifest uses the BSD spelling &quot;SHA1 (name) = digest&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation>Le manifeste utilise la graphie BSD «&#xa0;SHA1 (nom) = empreinte&#xa0;»&#xa0;; ovftool écrit «&#xa0;SHA1(nom)= empreinte&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="124"/>
        <source>Unusual spacing around &quot;(&quot;, &quot;)&quot; or &quot;=&quot;; ovftool writes &quot;SHA1(name)= digest&quot;</source>
        <translation>Espacement inhabituel autour de «&#xa0;(&#xa0;», «&#xa0;)&#xa0;» ou «&#xa0;=&#xa0;»&#xa0;; ovftool écrit «&#xa0;SHA1(nom)= empreinte&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="129"/>
        <source>Digests are written in upper-case hexadecimal; ovftool writes lower case</source>
        <translation>Les empreintes sont écrites en hexadécimal majuscule&#xa0;; ovftool écrit en minuscules</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="136"/>
        <source>The manifest is blank padding: it lists no file (OVF Tool 4.0 wrote such manifests)</source>
        <translation>Le manifeste n’est qu’un remplissage vide&#xa0;: il ne liste aucun fichier (OVF Tool 4.0 écrivait de tels manifestes)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="137"/>
        <source>The manifest is empty: it lists no file</source>
        <translation>Le manifeste est vide&#xa0;: il ne liste aucun fichier</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="148"/>
        <source>Line %1 is blank</source>
        <translation>La ligne %1 est vide</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="153"/>
        <source>Line %1 ends with spaces or tabs</source>
        <translation>La ligne %1 se termine par des espaces ou des tabulations</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="155"/>
        <source>Line %1 starts with spaces or tabs</source>
        <translation>La ligne %1 commence par des espaces ou des tabulations</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="164"/>
        <source>Line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>La ligne %1 n’est pas de la forme «&#xa0;SHA256(fichier)= empreinte&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="171"/>
        <source>Line %1 uses the digest algorithm &quot;%2&quot;, which is not supported (SHA1, SHA256 and SHA512 are)</source>
        <translation>La ligne %1 utilise l’algorithme d’empreinte «&#xa0;%2&#xa0;», non pris en charge (SHA1, SHA256 et SHA512 le sont)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="184"/>
        <source>Line %1 has no digest after &quot;=&quot;</source>
        <translation>La ligne %1 n’a pas d’empreinte après «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="188"/>
        <source>Line %1: the digest &quot;%2&quot; is not hexadecimal</source>
        <translation>Ligne %1&#xa0;: l’empreinte «&#xa0;%2&#xa0;» n’est pas hexadécimale</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="198"/>
        <source>Line %1: a %2 digest has %3 hexadecimal digits, this one has %4</source>
        <translation>Ligne %1&#xa0;: une empreinte %2 a %3 chiffres hexadécimaux, celle-ci en a %4</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="213"/>
        <source>Line %1 names &quot;%2&quot;, which is not a file in the package: %3</source>
        <translation>La ligne %1 nomme «&#xa0;%2&#xa0;», qui n’est pas un fichier du paquet&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="221"/>
        <source>The manifest lists itself: line %1 gives a digest for &quot;%2&quot;, which a manifest cannot cover (DSP0243 §5.1)</source>
        <translation>Le manifeste se liste lui-même&#xa0;: la ligne %1 donne une empreinte pour «&#xa0;%2&#xa0;», qu’un manifeste ne peut pas couvrir (DSP0243 §5.1)</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="237"/>
        <source>Line %1 repeats the entry for &quot;%2&quot; of line %3</source>
        <translation>La ligne %1 répète l’entrée de «&#xa0;%2&#xa0;» de la ligne %3</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="243"/>
        <source>Conflicting entries for &quot;%1&quot;: line %2 gives %3 %4, line %5 gives %6 %7</source>
        <translation>Entrées contradictoires pour «&#xa0;%1&#xa0;»&#xa0;: la ligne %2 donne %3 %4, la ligne %5 donne %6 %7</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="256"/>
        <source>Lines %1 and %2 name &quot;%3&quot; and &quot;%4&quot;, which differ only by letter case</source>
        <translation>Les lignes %1 et %2 nomment «&#xa0;%3&#xa0;» et «&#xa0;%4&#xa0;», qui ne diffèrent que par la casse</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="270"/>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="273"/>
        <source>it contains control characters</source>
        <translation>il contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="276"/>
        <source>it contains a backslash</source>
        <translation>il contient une barre oblique inverse</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="278"/>
        <source>it is an absolute path</source>
        <translation>c’est un chemin absolu</translation>
    </message>
    <message>
        <location filename="../model/package/manifest.cpp" line="281"/>
        <source>it contains &quot;..&quot;, &quot;.&quot; or an empty path segment</source>
        <translation>il contient «&#xa0;..&#xa0;», «&#xa0;.&#xa0;» ou un segment de chemin vide</translation>
    </message>
</context>
<context>
    <name>ovf::package::MemberLocation</name>
    <message>
        <location filename="../model/package/memberlocation.cpp" line="40"/>
        <source>no such member in the package</source>
        <translation>aucun membre de ce nom dans le paquet</translation>
    </message>
</context>
<context>
    <name>ovf::package::NbdClient</name>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="55"/>
        <source>%1: NBD: %2</source>
        <translation>%1&#xa0;: NBD&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="85"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="98"/>
        <source>the socket path is too long</source>
        <translation>le chemin du socket est trop long</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="124"/>
        <source>not a newstyle NBD server</source>
        <translation>pas un serveur NBD newstyle</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="127"/>
        <source>the server does not speak fixed newstyle negotiation</source>
        <translation>le serveur ne parle pas la négociation fixed newstyle</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="151"/>
        <source>malformed option reply</source>
        <translation>réponse d’option mal formée</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="156"/>
        <source>the server refused the export (error %1) %2</source>
        <translation>le serveur a refusé l’export (erreur %1) %2</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="164"/>
        <source>the server did not say the export&apos;s size</source>
        <translation>le serveur n’a pas indiqué la taille de l’export</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="186"/>
        <source>malformed reply</source>
        <translation>réponse mal formée</translation>
    </message>
    <message>
        <location filename="../model/package/nbdclient.cpp" line="188"/>
        <source>reading %1 bytes at %2 failed (error %3)</source>
        <translation>la lecture de %1 octets à la position %2 a échoué (erreur %3)</translation>
    </message>
</context>
<context>
    <name>ovf::package::NbdImageSource</name>
    <message>
        <location filename="../model/package/nbdimagesource.cpp" line="90"/>
        <source>qemu-nbd could not export it: %1</source>
        <translation>qemu-nbd n’a pas pu l’exporter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/nbdimagesource.cpp" line="100"/>
        <source>qemu-nbd did not open its socket</source>
        <translation>qemu-nbd n’a pas ouvert son socket</translation>
    </message>
    <message>
        <location filename="../model/package/nbdimagesource.cpp" line="108"/>
        <source>qemu-img map covers %1 bytes, qemu-nbd exports %2</source>
        <translation>qemu-img map couvre %1 octets, qemu-nbd en exporte %2</translation>
    </message>
</context>
<context>
    <name>ovf::package::OvaWriter</name>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="24"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="60"/>
        <source>%1 needs a pax extended header (over 8 GiB or a long name); some OVA consumers reject pax headers</source>
        <translation>%1 exige un en-tête étendu pax (plus de 8 Gio ou nom long)&#xa0;; certains consommateurs d’OVA rejettent les en-têtes pax</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="90"/>
        <source>%1: more data than the %2 bytes announced</source>
        <translation>%1&#xa0;: plus de données que les %2 octets annoncés</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="108"/>
        <source>%1: its tar header changed length</source>
        <translation>%1&#xa0;: son en-tête tar a changé de longueur</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="110"/>
        <source>%1 has a pax extended header (it could exceed 8 GiB); some OVA consumers reject pax headers</source>
        <translation>%1 a un en-tête étendu pax (il pourrait dépasser 8 Gio)&#xa0;; certains consommateurs d’OVA rejettent les en-têtes pax</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="122"/>
        <source>%1: %2 bytes short of the %3 announced</source>
        <translation>%1&#xa0;: il manque %2 octets sur les %3 annoncés</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="134"/>
        <source>%1: not the head member reserved at this place, or not its size</source>
        <translation>%1&#xa0;: pas le membre de tête réservé à cet emplacement, ou pas sa taille</translation>
    </message>
    <message>
        <location filename="../model/package/ovawriter.cpp" line="154"/>
        <source>the package head was not written completely</source>
        <translation>la tête du paquet n’a pas été écrite entièrement</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackInput</name>
    <message>
        <location filename="../model/package/packinput.cpp" line="65"/>
        <location filename="../model/package/packinput.cpp" line="335"/>
        <source>%1: is a symbolic link</source>
        <translation>%1&#xa0;: est un lien symbolique</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="67"/>
        <location filename="../model/package/packinput.cpp" line="79"/>
        <location filename="../model/package/packinput.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="81"/>
        <source>%1: the file grew while it was read</source>
        <translation>%1&#xa0;: le fichier a grossi pendant sa lecture</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="83"/>
        <source>%1: the file shrank while it was read</source>
        <translation>%1&#xa0;: le fichier a rétréci pendant sa lecture</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="174"/>
        <source>%1: no such file or folder</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="180"/>
        <source>%1: the folder holds no .ovf descriptor</source>
        <translation>%1&#xa0;: le dossier ne contient aucun descripteur .ovf</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="181"/>
        <source>%1: the folder holds more than one .ovf descriptor</source>
        <translation>%1&#xa0;: le dossier contient plus d’un descripteur .ovf</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="202"/>
        <source>%1: the descriptor is larger than the limit</source>
        <translation>%1&#xa0;: le descripteur dépasse la limite</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="247"/>
        <source>%1: the package holds no .ovf descriptor</source>
        <translation>%1&#xa0;: le paquet ne contient aucun descripteur .ovf</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="249"/>
        <source>%1: the descriptor is not at the top of the package</source>
        <translation>%1&#xa0;: le descripteur n’est pas à la racine du paquet</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="267"/>
        <source>%1: not an OVF descriptor (an OVF environment document?)</source>
        <translation>%1&#xa0;: pas un descripteur OVF (un document d’environnement OVF&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="281"/>
        <source>File %1: %2</source>
        <translation>File %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="285"/>
        <source>File %1: names a disk image on this machine (ovfw:source); a package from an archive may not</source>
        <translation>File %1&#xa0;: désigne une image disque sur cette machine (ovfw:source)&#xa0;; un paquet issu d’une archive ne le peut pas</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="288"/>
        <source>File %1: ovfw:source needs a path and ovfw:sourceFormat a format</source>
        <translation>File %1&#xa0;: ovfw:source exige un chemin et ovfw:sourceFormat un format</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="290"/>
        <source>File %1: a disk image to convert cannot be compressed or chunked in the descriptor</source>
        <translation>File %1&#xa0;: une image disque à convertir ne peut pas être compressée ou découpée en blocs dans le descripteur</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="294"/>
        <source>File %1: ovfw:source must be an absolute path</source>
        <translation>File %1&#xa0;: ovfw:source doit être un chemin absolu</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="298"/>
        <location filename="../model/package/packinput.cpp" line="317"/>
        <source>%1: referenced by more than one File</source>
        <translation>%1&#xa0;: référencé par plus d’un File</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="308"/>
        <source>%1: ovf:compression=&quot;%2&quot; is not gzip or identity (DSP0243 §7.1)</source>
        <translation>%1&#xa0;: ovf:compression=&quot;%2&quot; n’est ni gzip ni identity (DSP0243 §7.1)</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="314"/>
        <source>%1: ovf:chunkSize must be a positive number of bytes</source>
        <translation>%1&#xa0;: ovf:chunkSize doit être un nombre d’octets positif</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="339"/>
        <source>%1: not a regular file</source>
        <translation>%1&#xa0;: pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="344"/>
        <source>%1: File %2 is chunked or compressed; its new bytes cannot be stored so</source>
        <translation>%1&#xa0;: le File %2 est découpé en blocs ou compressé&#xa0;; ses nouveaux octets ne peuvent pas être stockés ainsi</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="353"/>
        <source>%1: referenced by File %2 but not in the package</source>
        <translation>%1&#xa0;: référencé par le File %2 mais absent du paquet</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="360"/>
        <source>%1: referenced by File %2 but missing</source>
        <translation>%1&#xa0;: référencé par le File %2 mais manquant</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="374"/>
        <source>%1: ovf:size is not a number</source>
        <translation>%1&#xa0;: ovf:size n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="470"/>
        <source>%1: no longer in the package</source>
        <translation>%1&#xa0;: ne se trouve plus dans le paquet</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="472"/>
        <source>%1: changed size since the package was opened</source>
        <translation>%1&#xa0;: sa taille a changé depuis l’ouverture du paquet</translation>
    </message>
    <message>
        <location filename="../model/package/packinput.cpp" line="480"/>
        <source>%1: a disk image still to be converted (%2)</source>
        <translation>%1&#xa0;: une image disque encore à convertir (%2)</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackageWriteError</name>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="74"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="78"/>
        <source>the filesystem is read-only; nothing was written</source>
        <translation>le système de fichiers est en lecture seule&#xa0;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="84"/>
        <source>the disk is full: %1 bytes are needed, only %2 are free</source>
        <translation>le disque est plein&#xa0;: %1 octets sont nécessaires, seuls %2 sont libres</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="86"/>
        <source>the disk is full: only %1 bytes are free</source>
        <translation>le disque est plein&#xa0;: seuls %1 octets sont libres</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="88"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="91"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="91"/>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="94"/>
        <source>cannot sign the manifest: %1</source>
        <translation>impossible de signer le manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="97"/>
        <source>cannot convert the disk image: %1</source>
        <translation>impossible de convertir l’image disque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="108"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriteerror.cpp" line="109"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
</context>
<context>
    <name>ovf::package::PackageWriter</name>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="96"/>
        <source>a signature needs a manifest</source>
        <translation>une signature exige un manifeste</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="98"/>
        <source>SHA-1 signatures are not written; use SHA-256 or SHA-512</source>
        <translation>les signatures SHA-1 ne sont pas écrites&#xa0;; utilisez SHA-256 ou SHA-512</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="100"/>
        <source>the chunk size must be positive</source>
        <translation>la taille de bloc doit être positive</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="102"/>
        <source>compressing and decompressing exclude each other</source>
        <translation>compression et décompression s’excluent mutuellement</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="196"/>
        <source>not listed in the manifest</source>
        <translation>absent du manifeste</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="198"/>
        <source>does not match its digest in the manifest</source>
        <translation>ne correspond pas à son empreinte dans le manifeste</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="204"/>
        <source>listed in the manifest but not a file of the package</source>
        <translation>listé dans le manifeste mais pas un fichier du paquet</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="362"/>
        <source>too many chunks of %1 bytes</source>
        <translation>trop de blocs de %1 octets</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="430"/>
        <source>the source grew while it was packed</source>
        <translation>la source a grossi pendant l’empaquetage</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="452"/>
        <source>its bytes changed since the package was verified (%1 %2, now %3)</source>
        <translation>ses octets ont changé depuis la vérification du paquet (%1 %2, maintenant %3)</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="61"/>
        <source>the package needs %1 bytes on the destination&apos;s filesystem (%2 kept free), only %3 are free</source>
        <translation>le paquet nécessite %1 octets sur le système de fichiers de destination (%2 gardés libres), seuls %3 sont libres</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="63"/>
        <source>inflating it needs at least %1 bytes on the destination&apos;s filesystem so far (the spool and its copy in the package, %2 kept free; it may inflate up to %3), only %4 are free</source>
        <translation>sa décompression nécessite jusqu’ici au moins %1 octets sur le système de fichiers de destination (le tampon et sa copie dans le paquet, %2 gardés libres&#xa0;; il peut atteindre %3 décompressé), seuls %4 sont libres</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="95"/>
        <source>cannot create a temporary file beside it: %1</source>
        <translation>impossible de créer un fichier temporaire à côté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriterspool.cpp" line="137"/>
        <source>%1 bytes, %2</source>
        <translation>%1 octets, %2</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="162"/>
        <source>%1: ovf:size said %2 bytes, the file has %3; corrected</source>
        <translation>%1&#xa0;: ovf:size indiquait %2 octets, le fichier en a %3&#xa0;; corrigé</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="239"/>
        <source>the signature&apos;s length kept changing; cannot place the certificate</source>
        <translation>la longueur de la signature changeait sans cesse&#xa0;; impossible de placer le certificat</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="295"/>
        <source>the disk image is missing</source>
        <translation>l’image disque est absente</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="303"/>
        <source>a package signed as it is has no disk images to convert; pack it first</source>
        <translation>un paquet signé tel quel n’a pas d’images disque à convertir&#xa0;; empaquetez-le d’abord</translation>
    </message>
    <message>
        <location filename="../model/package/packagewriter.cpp" line="306"/>
        <source>disk images converted while packing cannot be chunked; pack first, then chunk</source>
        <translation>les images disque converties lors de l’empaquetage ne peuvent pas être découpées en blocs&#xa0;; empaquetez d’abord, découpez ensuite</translation>
    </message>
</context>
<context>
    <name>ovf::package::PendingDisks</name>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="70"/>
        <location filename="../model/package/pendingdisks.cpp" line="79"/>
        <location filename="../model/package/pendingdisks.cpp" line="173"/>
        <location filename="../model/package/pendingdisks.cpp" line="180"/>
        <source>File %1 (%2): %3</source>
        <translation>File %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="72"/>
        <source>File %1 (%2): %3 bytes do not fit the Disk&apos;s capacity of %4 bytes</source>
        <translation>File %1 (%2)&#xa0;: %3 octets ne tiennent pas dans la capacité du Disk, %4 octets</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="103"/>
        <source>%1: streamOptimized VMDK of %2 (%3)</source>
        <translation>%1&#xa0;: VMDK streamOptimized de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="152"/>
        <source>%1: the descriptor outgrew the room kept for it</source>
        <translation>%1&#xa0;: le descripteur a dépassé la place qui lui était réservée</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="157"/>
        <source>%1: a %2 descriptor cannot be padded; save it as UTF-8 to convert disks into an OVA</source>
        <translation>%1&#xa0;: un descripteur %2 ne peut pas être complété par remplissage&#xa0;; enregistrez-le en UTF-8 pour convertir des disques dans une OVA</translation>
    </message>
    <message>
        <location filename="../model/package/pendingdisks.cpp" line="176"/>
        <location filename="../model/package/pendingdisks.cpp" line="182"/>
        <source>%1: the image changed since it was inspected</source>
        <translation>%1&#xa0;: l’image a changé depuis son analyse</translation>
    </message>
</context>
<context>
    <name>ovf::package::RawImageSource</name>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="17"/>
        <source>%1: is a symbolic link</source>
        <translation>%1&#xa0;: est un lien symbolique</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="19"/>
        <source>%1: not a regular file</source>
        <translation>%1&#xa0;: pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="22"/>
        <location filename="../model/package/rawimagesource.cpp" line="35"/>
        <location filename="../model/package/rawimagesource.cpp" line="80"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="38"/>
        <source>%1: not a block device with a size</source>
        <translation>%1&#xa0;: pas un périphérique bloc doté d’une taille</translation>
    </message>
    <message>
        <location filename="../model/package/rawimagesource.cpp" line="83"/>
        <source>%1: the file shrank while it was read</source>
        <translation>%1&#xa0;: le fichier a rétréci pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>ovf::package::SequentialImageSource</name>
    <message>
        <location filename="../model/package/sequentialimagesource.cpp" line="29"/>
        <source>%1: the stream ended at byte %2 of %3</source>
        <translation>%1&#xa0;: le flux s’est terminé à l’octet %2 sur %3</translation>
    </message>
    <message>
        <location filename="../model/package/sequentialimagesource.cpp" line="40"/>
        <source>%1: a stream cannot be read backwards</source>
        <translation>%1&#xa0;: un flux ne peut pas être lu à rebours</translation>
    </message>
</context>
<context>
    <name>ovf::package::Signature</name>
    <message>
        <location filename="../model/package/signature.cpp" line="26"/>
        <source>The signer&apos;s certificate has a public key that cannot be read: %1</source>
        <translation>Le certificat du signataire a une clé publique illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="32"/>
        <source>The signer&apos;s certificate has a %1 key; OVF signatures are made with RSA (PKCS#1 v1.5) or ECDSA keys</source>
        <translation>Le certificat du signataire a une clé %1&#xa0;; les signatures OVF se font avec des clés RSA (PKCS#1 v1.5) ou ECDSA</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="39"/>
        <source>The signature is %1 bytes long, but the signer&apos;s %2-bit RSA key makes signatures of %3 bytes: the signature is truncated, damaged or made with another key</source>
        <translation>La signature fait %1 octets, mais la clé RSA de %2 bits du signataire produit des signatures de %3 octets&#xa0;: la signature est tronquée, endommagée ou faite avec une autre clé</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="53"/>
        <source>The signature cannot be checked with the signer&apos;s %1 key and %2: %3</source>
        <translation>La signature ne peut pas être vérifiée avec la clé %1 du signataire et %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="65"/>
        <source>The signature does not match the manifest %1: the manifest was changed after it was signed, or the signature was made with another key than the certificate&apos;s</source>
        <translation>La signature ne correspond pas au manifeste %1&#xa0;: le manifeste a été modifié après sa signature, ou la signature a été faite avec une autre clé que celle du certificat</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="70"/>
        <source>The signature is malformed: it is not a valid %1 signature</source>
        <translation>La signature est mal formée&#xa0;: ce n’est pas une signature %1 valide</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="113"/>
        <source>The certificate file %1 holds a certificate that cannot be decoded</source>
        <translation>Le fichier de certificat %1 contient un certificat impossible à décoder</translation>
    </message>
    <message>
        <location filename="../model/package/signature.cpp" line="132"/>
        <source>The signature is made with SHA-1, for which collisions can be computed: use SHA-256 or SHA-512</source>
        <translation>La signature est faite avec SHA-1, pour lequel on sait calculer des collisions&#xa0;: utilisez SHA-256 ou SHA-512</translation>
    </message>
</context>
<context>
    <name>ovf::package::SignatureChain</name>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="54"/>
        <source>TLS servers</source>
        <translation>serveurs TLS</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="55"/>
        <source>TLS clients</source>
        <translation>clients TLS</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="56"/>
        <source>e-mail</source>
        <translation>messagerie</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="57"/>
        <source>time stamping</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="58"/>
        <source>OCSP responses</source>
        <translation>réponses OCSP</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="99"/>
        <source>The trust anchor file %1 cannot be read: %2</source>
        <translation>Le fichier d’ancres de confiance %1 est illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="111"/>
        <source>The trust anchor file %1 holds no PEM certificate</source>
        <translation>Le fichier d’ancres de confiance %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="123"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is self-signed and is not a trusted anchor: anyone can make such a certificate</source>
        <translation>Le certificat du signataire «&#xa0;%1&#xa0;» est auto-signé et n’est pas une ancre de confiance&#xa0;: n’importe qui peut créer un tel certificat</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="129"/>
        <source>The chain ends in the self-signed certificate &quot;%1&quot;, which is not a trusted anchor</source>
        <translation>La chaîne se termine par le certificat auto-signé «&#xa0;%1&#xa0;», qui n’est pas une ancre de confiance</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="137"/>
        <source>The issuer of &quot;%1&quot; (%2) is unknown: it is neither in the certificate file nor a trusted anchor</source>
        <translation>L’émetteur de «&#xa0;%1&#xa0;» (%2) est inconnu&#xa0;: il n’est ni dans le fichier de certificats ni parmi les ancres de confiance</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="143"/>
        <source>The certificate &quot;%1&quot; expired on %2</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a expiré le %2</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="147"/>
        <source>The certificate &quot;%1&quot; is not valid before %2</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n’est pas valide avant le %2</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="153"/>
        <location filename="../model/package/signaturechain.cpp" line="275"/>
        <source>The certificate &quot;%1&quot; has a %2-bit %3 key, which is too weak (below %4-bit security)</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» a une clé %3 de %2 bits, trop faible (sécurité inférieure à %4 bits)</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="162"/>
        <location filename="../model/package/signaturechain.cpp" line="267"/>
        <source>The certificate &quot;%1&quot; is signed with %2, which is too weak</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» est signé avec %2, trop faible</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="169"/>
        <source>The certificate &quot;%1&quot; is not acceptable: %2</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n’est pas acceptable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="181"/>
        <source>The certificate &quot;%1&quot; is for %2, not for code signing (its extended key usage lacks codeSigning)</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» est destiné à %2, pas à la signature de code (son usage étendu de clé n’inclut pas codeSigning)</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="184"/>
        <source>The intermediate certificate &quot;%1&quot; may only issue certificates for %2, not for code signing</source>
        <translation>Le certificat intermédiaire «&#xa0;%1&#xa0;» ne peut émettre des certificats que pour %2, pas pour la signature de code</translation>
    </message>
    <message>
        <location filename="../model/package/signaturechain.cpp" line="192"/>
        <source>The certificate &quot;%1&quot; does not allow digital signatures (its key usage is %2)</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n’autorise pas les signatures numériques (son usage de clé est %2)</translation>
    </message>
</context>
<context>
    <name>ovf::package::Signer</name>
    <message>
        <location filename="../model/package/signer.cpp" line="27"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="30"/>
        <source>%1 is too large for a key or certificate file</source>
        <translation>%1 est trop volumineux pour un fichier de clé ou de certificat</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="61"/>
        <source>The private key in %1 is a %2 key; OVF signatures need an RSA or EC key</source>
        <translation>La clé privée de %1 est une clé %2&#xa0;; les signatures OVF exigent une clé RSA ou EC</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="66"/>
        <source>%1 contains no certificate</source>
        <translation>%1 ne contient aucun certificat</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="82"/>
        <source>The private key does not belong to the certificate (%1)</source>
        <translation>La clé privée ne correspond pas au certificat (%1)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="122"/>
        <source>The private key %1 is encrypted: a passphrase is needed</source>
        <translation>La clé privée %1 est chiffrée&#xa0;: une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="124"/>
        <source>Wrong passphrase for the private key %1</source>
        <translation>Phrase secrète incorrecte pour la clé privée %1</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="126"/>
        <source>%1 does not contain a PEM private key (%2)</source>
        <translation>%1 ne contient pas de clé privée PEM (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="141"/>
        <source>%1 is not a PKCS#12 file (%2)</source>
        <translation>%1 n’est pas un fichier PKCS#12 (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="153"/>
        <source>%1 is protected: a passphrase is needed</source>
        <translation>%1 est protégé&#xa0;: une phrase secrète est nécessaire</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="154"/>
        <source>Wrong passphrase for %1</source>
        <translation>Phrase secrète incorrecte pour %1</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="169"/>
        <source>%1 is encrypted with an algorithm this OpenSSL does not enable (RC2 or 3DES from an old tool); export it again with AES (%2)</source>
        <translation>%1 est chiffré avec un algorithme que cet OpenSSL n’active pas (RC2 ou 3DES d’un ancien outil)&#xa0;; exportez-le à nouveau avec AES (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="174"/>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 est illisible (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="177"/>
        <source>%1 contains no private key</source>
        <translation>%1 ne contient aucune clé privée</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="219"/>
        <source>No signing key</source>
        <translation>Aucune clé de signature</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="230"/>
        <location filename="../model/package/signer.cpp" line="237"/>
        <source>Cannot sign with %1: %2</source>
        <translation>Impossible de signer avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/signer.cpp" line="247"/>
        <source>%1 signatures are not made any more: use SHA256 or SHA512</source>
        <translation>Les signatures %1 ne sont plus produites&#xa0;: utilisez SHA256 ou SHA512</translation>
    </message>
</context>
<context>
    <name>ovf::package::StreamOptimizedWriter</name>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="73"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="86"/>
        <source>&apos;%1&apos;: not a usable VMDK extent name (empty, a quote or a control character)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: pas un nom d’extent VMDK utilisable (vide, guillemet ou caractère de contrôle)</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="89"/>
        <source>%1: the image has no size</source>
        <translation>%1&#xa0;: l’image n’a pas de taille</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="96"/>
        <source>%1: the image&apos;s extent map has a gap or overlap at byte %2</source>
        <translation>%1&#xa0;: la table des extents de l’image a un trou ou un chevauchement à l’octet %2</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="117"/>
        <source>%1: the VMDK descriptor is too long</source>
        <translation>%1&#xa0;: le descripteur VMDK est trop long</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="166"/>
        <source>%1: the VMDK would exceed 2 TiB of sectors</source>
        <translation>%1&#xa0;: le VMDK dépasserait 2 Tio de secteurs</translation>
    </message>
    <message>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="245"/>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="248"/>
        <location filename="../model/package/streamoptimizedwriter.cpp" line="254"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ovf::package::TarWriter</name>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="94"/>
        <source>a tar member needs a name</source>
        <translation>un membre tar a besoin d’un nom</translation>
    </message>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="96"/>
        <source>%1: a tar member name cannot hold a NUL byte</source>
        <translation>%1&#xa0;: un nom de membre tar ne peut pas contenir d’octet NUL</translation>
    </message>
    <message>
        <location filename="../model/package/tarwriter.cpp" line="98"/>
        <source>%1: invalid size or time for a tar member</source>
        <translation>%1&#xa0;: taille ou date non valide pour un membre tar</translation>
    </message>
</context>
<context>
    <name>ovf::package::Trust</name>
    <message>
        <location filename="../model/package/trust.cpp" line="30"/>
        <source>The manifest cannot be read: %1</source>
        <translation>Le manifeste est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="32"/>
        <source>The manifest was not read</source>
        <translation>Le manifeste n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="51"/>
        <source>%1 was not checked against its %2 digest in the manifest</source>
        <translation>%1 n’a pas été vérifié par rapport à son empreinte %2 dans le manifeste</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="55"/>
        <source>%1 is listed in the manifest but is not in the package</source>
        <translation>%1 figure dans le manifeste mais pas dans le paquet</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="60"/>
        <source>%1 does not match its %2 digest: the manifest says %3, the file has %4</source>
        <translation>%1 ne correspond pas à son empreinte %2&#xa0;: le manifeste indique %3, le fichier a %4</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="72"/>
        <source>The package is not signed</source>
        <translation>Le paquet n’est pas signé</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="77"/>
        <source>The certificate file is malformed: %1</source>
        <translation>Le fichier de certificat est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="78"/>
        <source>it was not read</source>
        <translation>il n’a pas été lu</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="85"/>
        <source>The certificate file is for another manifest: it signs &quot;%1&quot;, the package&apos;s manifest is &quot;%2&quot;</source>
        <translation>Le fichier de certificat concerne un autre manifeste&#xa0;: il signe «&#xa0;%1&#xa0;», le manifeste du paquet est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="93"/>
        <source>The signature was not checked</source>
        <translation>La signature n’a pas été vérifiée</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="99"/>
        <source>The signature is not valid</source>
        <translation>La signature n’est pas valide</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="106"/>
        <source>The signer&apos;s certificate &quot;%1&quot; is not trusted (%2)</source>
        <translation>Le certificat du signataire «&#xa0;%1&#xa0;» n’est pas de confiance (%2)</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="110"/>
        <source>The signature is made with SHA-1</source>
        <translation>La signature est faite avec SHA-1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="124"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="126"/>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="128"/>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="130"/>
        <source>Unchecked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="132"/>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="142"/>
        <source>The package has a certificate file but no manifest: a signature must sign a manifest (DSP0243 §5.2)</source>
        <translation>Le paquet a un fichier de certificat mais pas de manifeste&#xa0;: une signature doit signer un manifeste (DSP0243 §5.2)</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="146"/>
        <source>The package has no manifest: no file was checked</source>
        <translation>Le paquet n’a pas de manifeste&#xa0;: aucun fichier n’a été vérifié</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="154"/>
        <source>SHA-1 digests, for which collisions can be computed, protect %1</source>
        <translation>Des empreintes SHA-1, pour lesquelles on sait calculer des collisions, protègent %1</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="171"/>
        <source>Signed by &quot;%1&quot;, whose certificate chains to the trusted anchor &quot;%2&quot; and is valid for code signing</source>
        <translation>Signé par «&#xa0;%1&#xa0;», dont le certificat remonte à l’ancre de confiance «&#xa0;%2&#xa0;» et est valide pour la signature de code</translation>
    </message>
    <message>
        <location filename="../model/package/trust.cpp" line="174"/>
        <source>Every file the manifest lists (%1) matches its digest, all %2 or stronger, and the manifest covers the descriptor and exactly the files it references</source>
        <translation>Chaque fichier listé par le manifeste (%1) correspond à son empreinte, toutes en %2 ou plus fort, et le manifeste couvre le descripteur et exactement les fichiers qu’il référence</translation>
    </message>
</context>
<context>
    <name>ovf::package::ZipWriter</name>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="31"/>
        <source>ZIP error</source>
        <translation>Erreur ZIP</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="32"/>
        <location filename="../model/package/zipwriter.cpp" line="38"/>
        <location filename="../model/package/zipwriter.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="44"/>
        <source>the ZIP uses ZIP64 for members of 4 GiB or more; some unzip tools cannot read it</source>
        <translation>le ZIP utilise ZIP64 pour les membres de 4 Gio ou plus&#xa0;; certains outils unzip ne savent pas le lire</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="82"/>
        <source>%1: more data than announced</source>
        <translation>%1&#xa0;: plus de données qu’annoncé</translation>
    </message>
    <message>
        <location filename="../model/package/zipwriter.cpp" line="92"/>
        <source>%1: %2 bytes short</source>
        <translation>%1&#xa0;: il manque %2 octets</translation>
    </message>
</context>
<context>
    <name>ovf::validation::Validator</name>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="30"/>
        <source>The document is an OVF environment, not a descriptor</source>
        <translation>Le document est un environnement OVF, pas un descripteur</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="31"/>
        <source>Every Property of an OVF environment has a key and a value</source>
        <translation>Chaque Property d’un environnement OVF a une clé et une valeur</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="32"/>
        <source>The Envelope&apos;s ovf:version matches its namespace (absent: info)</source>
        <translation>L’ovf:version de l’Envelope correspond à son espace de noms (absente&#xa0;: info)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="33"/>
        <source>OVF elements are in an OVF namespace, not in no namespace (read anyway)</source>
        <translation>Les éléments OVF sont dans un espace de noms OVF, pas hors espace de noms (lus malgré tout)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="34"/>
        <source>Attributes of OVF elements carry the ovf: prefix (OVF attributes are namespace-qualified)</source>
        <translation>Les attributs des éléments OVF portent le préfixe ovf: (les attributs OVF sont qualifiés par un espace de noms)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="35"/>
        <source>The Envelope has a References element</source>
        <translation>L’Envelope a un élément References</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="36"/>
        <source>The Envelope holds a VirtualSystem or VirtualSystemCollection</source>
        <translation>L’Envelope contient un VirtualSystem ou une VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="39"/>
        <source>File ids are unique in References</source>
        <translation>Les identifiants de File sont uniques dans References</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="40"/>
        <source>Disk ids are unique across DiskSection and SharedDiskSection</source>
        <translation>Les identifiants de Disk sont uniques dans DiskSection et SharedDiskSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="41"/>
        <source>Network names are unique in the NetworkSection</source>
        <translation>Les noms de réseau sont uniques dans la NetworkSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="42"/>
        <source>Configuration ids are unique in the DeploymentOptionSection</source>
        <translation>Les identifiants de Configuration sont uniques dans la DeploymentOptionSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="43"/>
        <source>VirtualSystem and VirtualSystemCollection ids are unique in the descriptor (vCloud Director&apos;s collection sharing its only system&apos;s id: warning)</source>
        <translation>Les identifiants de VirtualSystem et de VirtualSystemCollection sont uniques dans le descripteur (collection de vCloud Director partageant l’identifiant de son unique système&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="44"/>
        <source>Items that share an InstanceID describe one device (same ResourceType; ranges and per-configuration overrides are combined)</source>
        <translation>Les Items qui partagent un InstanceID décrivent un seul périphérique (même ResourceType&#xa0;; les plages et surcharges par configuration sont combinées)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="45"/>
        <source>Property keys are unique in a ProductSection, and environment keys class.key.instance in an entity</source>
        <translation>Les clés de propriété sont uniques dans une ProductSection, et les clés d’environnement class.key.instance dans une entité</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="46"/>
        <source>Message ids are unique in a Strings bundle</source>
        <translation>Les identifiants de message sont uniques dans un catalogue Strings</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="49"/>
        <source>A Disk&apos;s ovf:fileRef names a File of References</source>
        <translation>L’ovf:fileRef d’un Disk désigne un File de References</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="50"/>
        <source>A Disk&apos;s ovf:parentRef names another Disk</source>
        <translation>L’ovf:parentRef d’un Disk désigne un autre Disk</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="51"/>
        <source>An ovf:/disk/ or ovf:/file/ HostResource names a Disk or File of the package (a disk drive without such a reference: warning)</source>
        <translation>Une HostResource ovf:/disk/ ou ovf:/file/ désigne un Disk ou un File du paquet (lecteur de disque sans une telle référence&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="52"/>
        <source>HostResource references are spelled ovf:/disk/&lt;id&gt; or ovf:/file/&lt;id&gt;</source>
        <translation>Les références HostResource s’écrivent ovf:/disk/&lt;id&gt; ou ovf:/file/&lt;id&gt;</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="53"/>
        <source>An Item&apos;s Connection names a Network of the NetworkSection (empty: warning)</source>
        <translation>La Connection d’un Item désigne un Network de la NetworkSection (vide&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="54"/>
        <source>An Item&apos;s Parent is the InstanceID of an Item in the same section</source>
        <translation>Le Parent d’un Item est l’InstanceID d’un Item de la même section</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="55"/>
        <source>An Item&apos;s Parent is a controller (IDE, SCSI, FC, iSCSI, IB, SATA/other storage, USB or other)</source>
        <translation>Le Parent d’un Item est un contrôleur (IDE, SCSI, FC, iSCSI, IB, SATA/autre stockage, USB ou autre)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="56"/>
        <source>ovf:configuration names Configurations of the DeploymentOptionSection</source>
        <translation>ovf:configuration désigne des Configurations de la DeploymentOptionSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="57"/>
        <source>The ovf:fileRef of a Strings bundle or Msg names a File</source>
        <translation>L’ovf:fileRef d’un catalogue Strings ou d’un Msg désigne un File</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="58"/>
        <source>A StartupSection Item names a child of its collection</source>
        <translation>Un Item de StartupSection désigne un enfant de sa collection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="59"/>
        <source>A ScaleOutSection&apos;s ovf:id names a child of its collection</source>
        <translation>L’ovf:id d’une ScaleOutSection désigne un enfant de sa collection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="60"/>
        <source>A PlacementSection&apos;s ovf:group names a PlacementGroupSection</source>
        <translation>L’ovf:group d’une PlacementSection désigne une PlacementGroupSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="61"/>
        <source>A product Icon&apos;s ovf:fileRef names a File</source>
        <translation>L’ovf:fileRef de l’Icon d’un produit désigne un File</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="62"/>
        <source>An EnvironmentFilesSection File&apos;s ovf:fileRef names a File</source>
        <translation>L’ovf:fileRef d’un File d’EnvironmentFilesSection désigne un File</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="63"/>
        <source>Every File of References is used by the descriptor (vendor markup that names it counts)</source>
        <translation>Chaque File de References est utilisé par le descripteur (un balisage fournisseur qui le nomme compte)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="64"/>
        <source>Every Disk is attached by a HostResource or is the parent of one that is</source>
        <translation>Chaque Disk est rattaché par une HostResource ou est le parent d’un disque qui l’est</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="67"/>
        <source>Sections appear only where OVF allows them (Envelope, VirtualSystem or VirtualSystemCollection)</source>
        <translation>Les sections n’apparaissent que là où OVF les autorise (Envelope, VirtualSystem ou VirtualSystemCollection)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="68"/>
        <source>Sections allowed once per Envelope or entity appear once</source>
        <translation>Les sections autorisées une fois par Envelope ou entité n’apparaissent qu’une fois</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="69"/>
        <source>ProductSections of one entity differ in ovf:class or ovf:instance</source>
        <translation>Les ProductSections d’une même entité diffèrent par ovf:class ou ovf:instance</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="70"/>
        <source>Every VirtualSystem and VirtualSystemCollection has an ovf:id</source>
        <translation>Chaque VirtualSystem et VirtualSystemCollection a un ovf:id</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="71"/>
        <source>A VirtualSystemCollection contains at least one entity</source>
        <translation>Une VirtualSystemCollection contient au moins une entité</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="72"/>
        <source>A VirtualSystem has a VirtualHardwareSection</source>
        <translation>Un VirtualSystem a une VirtualHardwareSection</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="73"/>
        <source>Every section, VirtualSystem and VirtualSystemCollection has an Info element</source>
        <translation>Chaque section, VirtualSystem et VirtualSystemCollection a un élément Info</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="74"/>
        <source>A DeploymentOptionSection has at least one Configuration</source>
        <translation>Une DeploymentOptionSection a au moins une Configuration</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="75"/>
        <source>At most one Configuration is marked ovf:default=&quot;true&quot;</source>
        <translation>Au plus une Configuration est marquée ovf:default=&quot;true&quot;</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="78"/>
        <source>A virtual system&apos;s VirtualHardwareSection has a Processor Item (ResourceType 3)</source>
        <translation>La VirtualHardwareSection d’un système virtuel a un Item Processor (ResourceType 3)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="79"/>
        <source>A virtual system&apos;s VirtualHardwareSection has a Memory Item (ResourceType 4)</source>
        <translation>La VirtualHardwareSection d’un système virtuel a un Item Memory (ResourceType 4)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="80"/>
        <source>A disk drive names the controller it is attached to (Parent)</source>
        <translation>Un lecteur de disque désigne le contrôleur auquel il est rattaché (Parent)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="81"/>
        <source>No two devices sit at one address (Parent and AddressOnParent) in the same deployment option (on an IDE controller: warning)</source>
        <translation>Deux périphériques n’occupent jamais la même adresse (Parent et AddressOnParent) dans une même option de déploiement (sur un contrôleur IDE&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="82"/>
        <source>A network adapter names the network it connects to (Connection)</source>
        <translation>Une carte réseau désigne le réseau auquel elle se connecte (Connection)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="83"/>
        <source>An EulaSection has license text</source>
        <translation>Une EulaSection a un texte de licence</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="86"/>
        <source>Every Property has an ovf:key</source>
        <translation>Chaque Property a un ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="87"/>
        <source>ovf:key has no &apos;.&apos; or &apos;:&apos;, ovf:class and ovf:instance no &apos;:&apos;</source>
        <translation>ovf:key ne contient ni «&#xa0;.&#xa0;» ni «&#xa0;:&#xa0;», ovf:class et ovf:instance pas de «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="88"/>
        <source>Every Property has an ovf:type</source>
        <translation>Chaque Property a un ovf:type</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="89"/>
        <source>ovf:type is one of the OVF property types</source>
        <translation>ovf:type est l’un des types de propriété OVF</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="90"/>
        <source>ovf:type is spelled as OVF defines it and exists in the descriptor&apos;s OVF version (tolerated vendor spellings, char16/datetime before 2.0)</source>
        <translation>ovf:type est écrit comme OVF le définit et existe dans la version OVF du descripteur (graphies fournisseur tolérées, char16/datetime avant 2.0)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="91"/>
        <source>ovf:qualifiers parse as CIM qualifiers (unknown qualifiers: warning)</source>
        <translation>ovf:qualifiers s’analyse comme des qualificatifs CIM (qualificatifs inconnus&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="92"/>
        <source>ovf:qualifiers fit the property&apos;s type</source>
        <translation>ovf:qualifiers convient au type de la propriété</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="93"/>
        <source>Default and per-configuration values are values of the type within the qualifiers (empty fixed non-string value: warning)</source>
        <translation>Les valeurs par défaut et par configuration sont des valeurs du type respectant les qualificatifs (valeur fixe vide d’un type autre que string&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="94"/>
        <source>${name} references name a property of the same entity or of its parent collection</source>
        <translation>Les références ${nom} désignent une propriété de la même entité ou de sa collection parente</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="97"/>
        <source>Disk capacity is a byte count in a byte unit, or a ${property} reference to an existing property</source>
        <translation>La capacité d’un disque est un nombre d’octets dans une unité d’octets, ou une référence ${propriété} à une propriété existante</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="98"/>
        <source>File ovf:size, ovf:chunkSize and Disk ovf:populatedSize are non-negative integers</source>
        <translation>ovf:size et ovf:chunkSize d’un File et ovf:populatedSize d’un Disk sont des entiers positifs ou nuls</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="99"/>
        <source>A Disk&apos;s populated size is not above its capacity</source>
        <translation>La taille occupée d’un Disk ne dépasse pas sa capacité</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="100"/>
        <source>File ovf:compression is identity or gzip</source>
        <translation>L’ovf:compression d’un File vaut identity ou gzip</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="101"/>
        <source>Memory and processor Items have parseable AllocationUnits and VirtualQuantity</source>
        <translation>Les Items mémoire et processeur ont des AllocationUnits et une VirtualQuantity lisibles</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="104"/>
        <source>Every Strings bundle names its locale with xml:lang</source>
        <translation>Chaque catalogue Strings nomme sa langue avec xml:lang</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="105"/>
        <source>An element with ovf:msgid has default text</source>
        <translation>Un élément avec ovf:msgid a un texte par défaut</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="106"/>
        <source>Every ovf:msgid used has a message in every Strings bundle</source>
        <translation>Chaque ovf:msgid utilisé a un message dans chaque catalogue Strings</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="107"/>
        <source>Every message of a bundle is used by the descriptor</source>
        <translation>Chaque message d’un catalogue est utilisé par le descripteur</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="108"/>
        <source>xml:lang values are BCP 47 language tags (de-DE, not de_DE)</source>
        <translation>Les valeurs xml:lang sont des étiquettes de langue BCP 47 (de-DE, pas de_DE)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="109"/>
        <source>One Strings section per locale (tags compare case-insensitively)</source>
        <translation>Une section Strings par langue (étiquettes comparées sans tenir compte de la casse)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="110"/>
        <source>Translations were made from the current default text (OVF Workbench&apos;s ovfw:sourceHash)</source>
        <translation>Les traductions ont été faites à partir du texte par défaut actuel (ovfw:sourceHash d’OVF Workbench)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="111"/>
        <source>External Strings bundles can be read (not checked without a resolver: info)</source>
        <translation>Les catalogues Strings externes sont lisibles (non vérifié sans résolveur&#xa0;: info)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="114"/>
        <source>No required extension that OVF Workbench does not understand (custom elements without ovf:required that are not sections, or that extend a known element, and VMware&apos;s own sections: warning)</source>
        <translation>Aucune extension obligatoire qu’OVF Workbench ne comprend pas (éléments personnalisés sans ovf:required qui ne sont pas des sections ou qui étendent un élément connu, et sections propres à VMware&#xa0;: avertissement)</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="115"/>
        <source>Optional extensions are ignored</source>
        <translation>Les extensions facultatives sont ignorées</translation>
    </message>
    <message>
        <location filename="../model/validation/catalogue.cpp" line="116"/>
        <source>The descriptor&apos;s conformance level (1: no extensions, 2: optional ones only, 3: required ones)</source>
        <translation>Le niveau de conformité du descripteur (1&#xa0;: aucune extension, 2&#xa0;: extensions facultatives seulement, 3&#xa0;: extensions obligatoires)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="36"/>
        <location filename="../model/validation/rules_hardware.cpp" line="70"/>
        <source>%1 (InstanceID %2)</source>
        <translation>%1 (InstanceID %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="37"/>
        <location filename="../model/validation/rules_hardware.cpp" line="71"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="66"/>
        <source>Virtual system %1 has no Processor Item (ResourceType 3): a deployment has to guess its CPUs</source>
        <translation>Le système virtuel %1 n’a pas d’Item Processor (ResourceType 3)&#xa0;: un déploiement doit deviner ses processeurs</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="70"/>
        <source>Virtual system %1 has no Memory Item (ResourceType 4): a deployment has to guess its memory</source>
        <translation>Le système virtuel %1 n’a pas d’Item Memory (ResourceType 4)&#xa0;: un déploiement doit deviner sa mémoire</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="76"/>
        <source>%1 names no controller (Parent): where it is attached is up to the platform</source>
        <translation>%1 ne désigne aucun contrôleur (Parent)&#xa0;: son rattachement est laissé à la plateforme</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="81"/>
        <source>%1 has no Connection: it is not connected to any network of the NetworkSection</source>
        <translation>%1 n’a pas de Connection&#xa0;: il n’est connecté à aucun réseau de la NetworkSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="118"/>
        <source>%1 and %2 are both at address %3 of controller %4</source>
        <translation>%1 et %2 sont tous deux à l’adresse %3 du contrôleur %4</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_devices.cpp" line="133"/>
        <source>The EulaSection has no license text: the deployer is asked to accept nothing</source>
        <translation>L’EulaSection n’a pas de texte de licence&#xa0;: on ne demande à la personne qui déploie d’accepter rien du tout</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="40"/>
        <source>%1 has ovf:%2 %3: %4</source>
        <translation>%1 a ovf:%2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="49"/>
        <source>File %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="52"/>
        <source>%1 has ovf:chunkSize 0; chunks cannot be empty</source>
        <translation>%1 a ovf:chunkSize 0&#xa0;; les blocs ne peuvent pas être vides</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="56"/>
        <source>%1 has ovf:compression %2; OVF knows only &apos;identity&apos; and &apos;gzip&apos;</source>
        <translation>%1 a ovf:compression %2&#xa0;; OVF ne connaît que «&#xa0;identity&#xa0;» et «&#xa0;gzip&#xa0;»</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="70"/>
        <source>%1 has no ovf:capacity; the size of the virtual disk is unknown until its image is read</source>
        <translation>%1 n’a pas d’ovf:capacity&#xa0;; la taille du disque virtuel est inconnue tant que son image n’a pas été lue</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="81"/>
        <source>%1 has capacity %2, a placeholder for a property %3 that does not exist; replace it with a number of bytes or add the property</source>
        <translation>%1 a la capacité %2, paramètre fictif d’une propriété %3 qui n’existe pas&#xa0;; remplacez-la par un nombre d’octets ou ajoutez la propriété</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="87"/>
        <source>%1 has ovf:capacityAllocationUnits %2: %3</source>
        <translation>%1 a ovf:capacityAllocationUnits %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="94"/>
        <source>%1 has a capacity that cannot be read: %2</source>
        <translation>%1 a une capacité illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="105"/>
        <location filename="../model/validation/rules_references.cpp" line="53"/>
        <source>Disk %1</source>
        <translation>Disk %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_disks.cpp" line="110"/>
        <source>%1 has ovf:populatedSize %2 bytes, more than its capacity of %3 bytes (%4)</source>
        <translation>%1 a ovf:populatedSize de %2 octets, plus que sa capacité de %3 octets (%4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="42"/>
        <source>The Envelope has no ovf:version; the namespace %1 says %2</source>
        <translation>L’Envelope n’a pas d’ovf:version&#xa0;; l’espace de noms %1 indique %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="57"/>
        <source>The Envelope says ovf:version %1, but its namespace %2 is %3</source>
        <translation>L’Envelope indique ovf:version %1, mais son espace de noms %2 correspond à %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="79"/>
        <source>The Envelope&apos;s children %1 are in no namespace, so strictly they are not OVF elements; OVF Workbench reads them as OVF (the oVirt and OVF 0.9 dialect), other tools may not. Declare the OVF namespace as the default namespace (xmlns=&quot;%2&quot;)</source>
        <translation>Les enfants %1 de l’Envelope ne sont dans aucun espace de noms&#xa0;; ce ne sont donc pas, à strictement parler, des éléments OVF. OVF Workbench les lit comme OVF (le dialecte d’oVirt et d’OVF 0.9), d’autres outils peut-être pas. Déclarez l’espace de noms OVF comme espace de noms par défaut (xmlns=&quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="91"/>
        <source>The Envelope has no References element; it is required, even when the package has no files (write &lt;References/&gt;)</source>
        <translation>L’Envelope n’a pas d’élément References&#xa0;; il est obligatoire, même quand le paquet n’a aucun fichier (écrivez &lt;References/&gt;)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="96"/>
        <source>The Envelope has neither a VirtualSystem nor a VirtualSystemCollection, so there is nothing to deploy</source>
        <translation>L’Envelope n’a ni VirtualSystem ni VirtualSystemCollection&#xa0;: il n’y a rien à déployer</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="125"/>
        <location filename="../model/validation/rules_extensions.cpp" line="180"/>
        <location filename="../model/validation/rules_extensions.cpp" line="192"/>
        <source> (%1 times)</source>
        <translation> (%1 fois)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="127"/>
        <source>%1 has an attribute %2 without the ovf: prefix%3; OVF attributes are namespace-qualified, so OVF readers do not see it as ovf:%2</source>
        <translation>%1 a un attribut %2 sans le préfixe ovf:%3&#xa0;; les attributs OVF sont qualifiés par un espace de noms, les lecteurs OVF ne le voient donc pas comme ovf:%2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="136"/>
        <source>This is an OVF environment document (what a platform hands to a deployed guest), not an OVF descriptor; only its properties are checked</source>
        <translation>Ceci est un document d’environnement OVF (ce qu’une plateforme transmet à un invité déployé), pas un descripteur OVF&#xa0;; seules ses propriétés sont vérifiées</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="164"/>
        <source>An environment Property has no oe:key</source>
        <translation>Une Property d’environnement n’a pas d’oe:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_document.cpp" line="167"/>
        <source>Environment property %1 has no oe:value</source>
        <translation>La propriété d’environnement %1 n’a pas d’oe:value</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="58"/>
        <source>The Envelope</source>
        <translation>L’Envelope</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="110"/>
        <source>This descriptor requires VMware&apos;s extension %1: VMware platforms apply it, OVF Workbench and other platforms do not (compatibility finding vmw-required-section)</source>
        <translation>Ce descripteur exige l’extension VMware %1&#xa0;: les plateformes VMware l’appliquent, OVF Workbench et les autres plateformes non (constat de compatibilité vmw-required-section)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="118"/>
        <source>This descriptor requires the extension %1 that OVF Workbench does not support</source>
        <translation>Ce descripteur exige l’extension %1, qu’OVF Workbench ne prend pas en charge</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="170"/>
        <source>%1 contains %2 elements in no namespace that OVF does not define (%3); they are not sections (no Info) and do not say whether they are required; OVF treats them as required, OVF Workbench ignores them</source>
        <translation>%1 contient %2 éléments hors espace de noms qu’OVF ne définit pas (%3)&#xa0;; ce ne sont pas des sections (pas d’Info) et ils n’indiquent pas s’ils sont obligatoires&#xa0;; OVF les traite comme obligatoires, OVF Workbench les ignore</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="182"/>
        <source>%1%2 is not an OVF section (it has no Info) and does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation>%1%2 n’est pas une section OVF (pas d’Info) et n’indique pas s’il est obligatoire&#xa0;; OVF le traite comme obligatoire, OVF Workbench l’ignore</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="185"/>
        <source>%1%2 in %3 does not say whether it is required; OVF treats it as required, OVF Workbench ignores it</source>
        <translation>%1%2 dans %3 n’indique pas s’il est obligatoire&#xa0;; OVF le traite comme obligatoire, OVF Workbench l’ignore</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="194"/>
        <source>The optional extension %1%2 is ignored</source>
        <translation>L’extension facultative %1%2 est ignorée</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="205"/>
        <source>Conformance level 3: the descriptor has extensions that are required (for example %1); platforms that do not understand them must refuse it</source>
        <translation>Niveau de conformité 3&#xa0;: le descripteur a des extensions obligatoires (par exemple %1)&#xa0;; les plateformes qui ne les comprennent pas doivent le refuser</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="211"/>
        <source>Conformance level 2: the descriptor has custom extensions (for example %1), all optional</source>
        <translation>Niveau de conformité 2&#xa0;: le descripteur a des extensions personnalisées (par exemple %1), toutes facultatives</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_extensions.cpp" line="214"/>
        <source>Conformance level 1: the descriptor uses only what OVF defines, no custom extensions</source>
        <translation>Niveau de conformité 1&#xa0;: le descripteur n’utilise que ce qu’OVF définit, sans extension personnalisée</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="86"/>
        <source>%1 has HostResource %2, which is not a disk or file of the package (ovf:/disk/&lt;id&gt; or ovf:/file/&lt;id&gt;)</source>
        <translation>%1 a la HostResource %2, qui n’est ni un disque ni un fichier du paquet (ovf:/disk/&lt;id&gt; ou ovf:/file/&lt;id&gt;)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="96"/>
        <source>%1 has HostResource %2; the standard form is %3</source>
        <translation>%1 a la HostResource %2&#xa0;; la forme standard est %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="102"/>
        <source>%1 refers to disk %2, which is not in the DiskSection</source>
        <translation>%1 fait référence au disque %2, absent de la DiskSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="105"/>
        <source>%1 refers to file %2, which is not in References</source>
        <translation>%1 fait référence au fichier %2, absent de References</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="118"/>
        <source>%1 has an empty Connection; it will not be connected to any network</source>
        <translation>%1 a une Connection vide&#xa0;; il ne sera connecté à aucun réseau</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="127"/>
        <source>%1 connects to network %2, but the descriptor has no NetworkSection</source>
        <translation>%1 se connecte au réseau %2, mais le descripteur n’a pas de NetworkSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="129"/>
        <source>%1 connects to network %2, which is not in the NetworkSection%3</source>
        <translation>%1 se connecte au réseau %2, absent de la NetworkSection%3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="131"/>
        <source> (names are case-sensitive: did you mean %1?)</source>
        <translation> (les noms sont sensibles à la casse&#xa0;: vouliez-vous dire %1&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="144"/>
        <source>%1 has AllocationUnits %2 that cannot be read: %3</source>
        <translation>%1 a des AllocationUnits %2 illisibles&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="147"/>
        <source>%1 has AllocationUnits %2, which is not a unit of bytes</source>
        <translation>%1 a les AllocationUnits %2, qui ne sont pas une unité d’octets</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="155"/>
        <source>%1 has VirtualQuantity %2: %3</source>
        <translation>%1 a la VirtualQuantity %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="188"/>
        <source>%1 has Parent %2, but no Item of this %3 has that InstanceID</source>
        <translation>%1 a le Parent %2, mais aucun Item de cette %3 n’a cet InstanceID</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="191"/>
        <source>%1 is its own Parent</source>
        <translation>%1 est son propre Parent</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_hardware.cpp" line="194"/>
        <source>%1 has Parent %2, whose type is %3, not a controller</source>
        <translation>%1 a le Parent %2, dont le type est %3, pas un contrôleur</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="50"/>
        <source>File id %1 is used twice in References (first on line %2)</source>
        <translation>L’identifiant de File %1 est utilisé deux fois dans References (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="56"/>
        <source>Disk id %1 is used twice (first on line %2)</source>
        <translation>L’identifiant de Disk %1 est utilisé deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="62"/>
        <source>Network name %1 is used twice (first on line %2)</source>
        <translation>Le nom de réseau %1 est utilisé deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="68"/>
        <source>Configuration id %1 is used twice (first on line %2)</source>
        <translation>L’identifiant de Configuration %1 est utilisé deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="85"/>
        <source>VirtualSystem %1 has the id of the collection that holds it, as vCloud Director writes single-VM vApps; ids should be unique (DSP0243 §7.2), and references to %1 are ambiguous (compatibility finding vcd-shared-entity-id)</source>
        <translation>Le VirtualSystem %1 a l’identifiant de la collection qui le contient, comme vCloud Director écrit les vApps à VM unique&#xa0;; les identifiants devraient être uniques (DSP0243 §7.2), et les références à %1 sont ambiguës (constat de compatibilité vcd-shared-entity-id)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="93"/>
        <source>Entity id %1 is used twice (first on line %2); VirtualSystem and VirtualSystemCollection ids must be unique in the whole descriptor</source>
        <translation>L’identifiant d’entité %1 est utilisé deux fois (d’abord à la ligne %2)&#xa0;; les identifiants de VirtualSystem et de VirtualSystemCollection doivent être uniques dans tout le descripteur</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="159"/>
        <source>InstanceID %1 is used by a %2 (line %3) and by this %4 in the same %5; Items with one InstanceID describe one device</source>
        <translation>L’InstanceID %1 est utilisé par un %2 (ligne %3) et par ce %4 dans la même %5&#xa0;; les Items partageant un InstanceID décrivent un seul périphérique</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="172"/>
        <source>InstanceID %1 is used by two Items for different host resources (%2 on line %3, %4 here) in the same %5; the second replaces the first</source>
        <translation>L’InstanceID %1 est utilisé par deux Items pour des ressources hôte différentes (%2 à la ligne %3, %4 ici) dans la même %5&#xa0;; le second remplace le premier</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="219"/>
        <source>Property key %1 is used twice in this ProductSection (first on line %2)</source>
        <translation>La clé de propriété %1 est utilisée deux fois dans cette ProductSection (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_ids.cpp" line="222"/>
        <source>Property key %1 is also defined on line %2 in another ProductSection with the same ovf:class and ovf:instance; both would be %3 in the OVF environment</source>
        <translation>La clé de propriété %1 est aussi définie à la ligne %2 dans une autre ProductSection de même ovf:class et ovf:instance&#xa0;; les deux donneraient %3 dans l’environnement OVF</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="100"/>
        <source>ProductSection ovf:%1 %2 contains &apos;:&apos;, which OVF does not allow</source>
        <translation>L’ovf:%1 %2 de la ProductSection contient «&#xa0;:&#xa0;», ce qu’OVF n’autorise pas</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="112"/>
        <source>The AppUrl</source>
        <translation>L’AppUrl</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="124"/>
        <source>A Property has an empty ovf:key</source>
        <translation>Une Property a un ovf:key vide</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="124"/>
        <source>A Property has no ovf:key</source>
        <translation>Une Property n’a pas d’ovf:key</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="127"/>
        <source>Property key %1 contains &apos;%2&apos;; OVF forbids &apos;.&apos; and &apos;:&apos; in keys because the environment key is class.key.instance</source>
        <translation>La clé de propriété %1 contient «&#xa0;%2&#xa0;»&#xa0;; OVF interdit «&#xa0;.&#xa0;» et «&#xa0;:&#xa0;» dans les clés car la clé d’environnement est class.key.instance</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="131"/>
        <source>The Property</source>
        <translation>La Property</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="131"/>
        <source>Property %1</source>
        <translation>Propriété %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="135"/>
        <source>%1 has no ovf:type</source>
        <translation>%1 n’a pas d’ovf:type</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="139"/>
        <source>%1 has an unknown type: %2</source>
        <translation>%1 a un type inconnu&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="143"/>
        <location filename="../model/validation/rules_properties.cpp" line="170"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="147"/>
        <source>%1 has type %2, which OVF defines only from version 2.0; this is an %3 descriptor</source>
        <translation>%1 a le type %2, qu’OVF ne définit qu’à partir de la version 2.0&#xa0;; ce descripteur est en %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="158"/>
        <source>%1 has qualifiers %2 that cannot be read: %3</source>
        <translation>%1 a des qualificatifs %2 illisibles&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="164"/>
        <source>%1 has qualifiers that OVF does not define and that are ignored: %2</source>
        <translation>%1 a des qualificatifs qu’OVF ne définit pas et qui sont ignorés&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="192"/>
        <source>default value</source>
        <translation>valeur par défaut</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="193"/>
        <source>value for configuration %1</source>
        <translation>valeur pour la configuration %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="200"/>
        <source>%1 (%2): the %3 is empty and it is not user-configurable, so the guest receives an empty value</source>
        <translation>%1 (%2)&#xa0;: la %3 est vide et n’est pas configurable par l’utilisateur&#xa0;; l’invité reçoit donc une valeur vide</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="208"/>
        <source>The %1 of password %2 is not a valid %3 within its qualifiers (value not shown)</source>
        <translation>La %1 du mot de passe %2 n’est pas une valeur %3 valide respectant ses qualificatifs (valeur non affichée)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="211"/>
        <source>The %1 of %2 is not valid: %3</source>
        <translation>La %1 de %2 n’est pas valide&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_properties.cpp" line="238"/>
        <source>%1 refers to ${%2}, but no property %3 exists in this entity or its parent collection</source>
        <translation>%1 fait référence à ${%2}, mais aucune propriété %3 n’existe dans cette entité ni dans sa collection parente</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="40"/>
        <source> (ids are case-sensitive: did you mean %1?)</source>
        <translation> (les identifiants sont sensibles à la casse&#xa0;: vouliez-vous dire %1&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="47"/>
        <source>%1 refers to file %2, which is not in References%3</source>
        <translation>%1 fait référence au fichier %2, absent de References%3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="60"/>
        <source>%1 names itself as its parent disk</source>
        <translation>%1 se désigne lui-même comme disque parent</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="63"/>
        <source>%1 refers to parent disk %2, which is not in the DiskSection</source>
        <translation>%1 fait référence au disque parent %2, absent de la DiskSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="72"/>
        <source>A Strings bundle</source>
        <translation>Un catalogue Strings</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="72"/>
        <source>The %1 Strings bundle</source>
        <translation>Le catalogue Strings %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="111"/>
        <source>The StartupSection of %1 starts %2, which is not a VirtualSystem or VirtualSystemCollection in that collection</source>
        <translation>La StartupSection de %1 démarre %2, qui n’est ni un VirtualSystem ni une VirtualSystemCollection de cette collection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="122"/>
        <source>The ScaleOutSection of %1 scales %2, which is not a VirtualSystem or VirtualSystemCollection in that collection</source>
        <translation>La ScaleOutSection de %1 démultiplie %2, qui n’est ni un VirtualSystem ni une VirtualSystemCollection de cette collection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="132"/>
        <source>The PlacementSection of %1 names placement group %2, but no PlacementGroupSection has that id</source>
        <translation>La PlacementSection de %1 désigne le groupe de placement %2, mais aucune PlacementGroupSection n’a cet identifiant</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="140"/>
        <source>The product icon</source>
        <translation>L’icône du produit</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="145"/>
        <source>Environment file %1</source>
        <translation>Fichier d’environnement %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="164"/>
        <source>%1 has an empty ovf:configuration; leave the attribute out to apply to every configuration</source>
        <translation>%1 a un ovf:configuration vide&#xa0;; omettez l’attribut pour l’appliquer à toutes les configurations</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="174"/>
        <source>%1 applies to configuration %2, which is not in the DeploymentOptionSection</source>
        <translation>%1 s’applique à la configuration %2, absente de la DeploymentOptionSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="176"/>
        <source>%1 applies to configuration %2, but the descriptor has no DeploymentOptionSection</source>
        <translation>%1 s’applique à la configuration %2, mais le descripteur n’a pas de DeploymentOptionSection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="189"/>
        <source>File %1 (%2) is in References, but nothing in the descriptor uses it</source>
        <translation>Le File %1 (%2) figure dans References, mais rien dans le descripteur ne l’utilise</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_references.cpp" line="196"/>
        <source>Disk %1 is not attached to any virtual system (no HostResource ovf:/disk/%2)</source>
        <translation>Le Disk %1 n’est rattaché à aucun système virtuel (pas de HostResource ovf:/disk/%2)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="174"/>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="198"/>
        <source>The Envelope&apos;s xml:lang (the language of the default texts) is not a language tag: %1</source>
        <translation>Le xml:lang de l’Envelope (la langue des textes par défaut) n’est pas une étiquette de langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="213"/>
        <source>A Strings bundle has an empty xml:lang, so no locale will ever use it</source>
        <translation>Un catalogue Strings a un xml:lang vide&#xa0;: aucune langue ne l’utilisera jamais</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="214"/>
        <source>A Strings bundle has no xml:lang, and the Envelope has none to inherit, so no locale will ever use it</source>
        <translation>Un catalogue Strings n’a pas de xml:lang, et l’Envelope n’en a pas à hériter&#xa0;: aucune langue ne l’utilisera jamais</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="220"/>
        <source>The Strings bundle&apos;s xml:lang is not a language tag: %1</source>
        <translation>Le xml:lang du catalogue Strings n’est pas une étiquette de langue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="228"/>
        <source>A second Strings section for %1 (the first is at line %2); consumers may read either</source>
        <translation>Une deuxième section Strings pour %1 (la première est à la ligne %2)&#xa0;; les consommateurs peuvent lire l’une ou l’autre</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="285"/>
        <source>Message %1 refers to file %2, which is not in References</source>
        <translation>Le message %1 fait référence au fichier %2, absent de References</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="289"/>
        <source>Message id %1 appears twice in the %2 bundle</source>
        <translation>L’identifiant de message %1 apparaît deux fois dans le catalogue %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="309"/>
        <source>The %1 Strings bundle is in the external file %2, which was not checked (no package files at hand)</source>
        <translation>Le catalogue Strings %1 est dans le fichier externe %2, qui n’a pas été vérifié (aucun fichier du paquet disponible)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="319"/>
        <source>The %1 Strings bundle %2 cannot be read: %3</source>
        <translation>Le catalogue Strings %1 %2 est illisible&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="326"/>
        <source>The %1 Strings bundle %2 is not well-formed XML (%3: %4)</source>
        <translation>Le catalogue Strings %1 %2 n’est pas du XML bien formé (%3&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="334"/>
        <source>The %1 Strings bundle %2 is not a message bundle: its root element is &lt;%3&gt;, not &lt;Strings&gt;</source>
        <translation>Le catalogue Strings %1 %2 n’est pas un catalogue de messages&#xa0;: son élément racine est &lt;%3&gt;, pas &lt;Strings&gt;</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="354"/>
        <source>Message id %1 appears twice in the %2 bundle (file %3, line %4)</source>
        <translation>L’identifiant de message %1 apparaît deux fois dans le catalogue %2 (fichier %3, ligne %4)</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="394"/>
        <source>%1 translations of the %2 bundle were made from a default text that has changed since, for example %3</source>
        <translation>%1 traductions du catalogue %2 ont été faites à partir d’un texte par défaut modifié depuis, par exemple %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="403"/>
        <source>The %1 translation of %2 (bundle line %3) was made from a default text that has changed since</source>
        <translation>La traduction %1 de %2 (ligne %3 du catalogue) a été faite à partir d’un texte par défaut modifié depuis</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="407"/>
        <source>The %1 translation of %2 was made from a default text that has changed since</source>
        <translation>La traduction %1 de %2 a été faite à partir d’un texte par défaut modifié depuis</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="437"/>
        <source>%1 has ovf:msgid %2 but no default text; users whose locale has no bundle see nothing</source>
        <translation>%1 a l’ovf:msgid %2 mais pas de texte par défaut&#xa0;; les utilisateurs dont la langue n’a pas de catalogue ne voient rien</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="459"/>
        <source>The %1 bundle lacks %2 of the %3 message ids the descriptor uses, for example %4; those users see the default texts</source>
        <translation>Il manque au catalogue %1 %2 des %3 identifiants de message utilisés par le descripteur, par exemple %4&#xa0;; ces utilisateurs voient les textes par défaut</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="470"/>
        <source>%1 has ovf:msgid %2, which the %3 bundle does not contain; those users see the default text</source>
        <translation>%1 a l’ovf:msgid %2, que le catalogue %3 ne contient pas&#xa0;; ces utilisateurs voient le texte par défaut</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="493"/>
        <source>The %1 bundle has %2 messages that the descriptor never uses, for example %3</source>
        <translation>Le catalogue %1 a %2 messages que le descripteur n’utilise jamais, par exemple %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_strings.cpp" line="501"/>
        <source>The %1 bundle has a message %2 that the descriptor never uses</source>
        <translation>Le catalogue %1 a un message %2 que le descripteur n’utilise jamais</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="35"/>
        <location filename="../model/validation/rules_structure.cpp" line="194"/>
        <source>the Envelope</source>
        <translation>l’Envelope</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="37"/>
        <source>a VirtualSystem</source>
        <translation>un VirtualSystem</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="39"/>
        <source>a VirtualSystemCollection</source>
        <translation>une VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="40"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="54"/>
        <source>%1 has no Info element; OVF requires one</source>
        <translation>%1 n’a pas d’élément Info&#xa0;; OVF en exige un</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="69"/>
        <source>Section %1 in %2</source>
        <translation>Section %1 dans %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="72"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="82"/>
        <source>%1 is not allowed in %2, so deployments will ignore it; OVF allows it only in %3</source>
        <translation>%1 n’est pas autorisé dans %2, les déploiements l’ignoreront donc&#xa0;; OVF ne l’autorise que dans %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="85"/>
        <source>%1 is not allowed in %2; OVF allows it only in %3</source>
        <translation>%1 n’est pas autorisé dans %2&#xa0;; OVF ne l’autorise que dans %3</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="92"/>
        <source>%1 has a second %2 (the first is on line %3); OVF allows only one</source>
        <translation>%1 a une deuxième %2 (la première est à la ligne %3)&#xa0;; OVF n’en autorise qu’une</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="105"/>
        <source>neither has ovf:class nor ovf:instance</source>
        <translation>aucune n’a ni ovf:class ni ovf:instance</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="106"/>
        <source>both have ovf:class %1 and ovf:instance %2</source>
        <translation>toutes deux ont ovf:class %1 et ovf:instance %2</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="108"/>
        <source>%1 has two ProductSections that %2 (the first is on line %3); give each product its own ovf:class or ovf:instance</source>
        <translation>%1 a deux ProductSections dont %2 (la première est à la ligne %3)&#xa0;; donnez à chaque produit son propre ovf:class ou ovf:instance</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="132"/>
        <source>%1 has an empty ovf:id; every entity needs a unique id</source>
        <translation>%1 a un ovf:id vide&#xa0;; chaque entité a besoin d’un identifiant unique</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="133"/>
        <source>%1 has no ovf:id; every entity needs a unique id</source>
        <translation>%1 n’a pas d’ovf:id&#xa0;; chaque entité a besoin d’un identifiant unique</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="147"/>
        <source>%1 contains no VirtualSystem or VirtualSystemCollection</source>
        <translation>%1 ne contient ni VirtualSystem ni VirtualSystemCollection</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="155"/>
        <source>%1 has no VirtualHardwareSection; a platform cannot know what virtual machine to create</source>
        <translation>%1 n’a pas de VirtualHardwareSection&#xa0;; une plateforme ne peut pas savoir quelle machine virtuelle créer</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="171"/>
        <source>The DeploymentOptionSection has no Configuration; it needs at least one</source>
        <translation>La DeploymentOptionSection n’a pas de Configuration&#xa0;; il lui en faut au moins une</translation>
    </message>
    <message>
        <location filename="../model/validation/rules_structure.cpp" line="183"/>
        <source>Configuration %1 is marked as the default, but so is %2; only one may be</source>
        <translation>La Configuration %1 est marquée par défaut, mais %2 l’est aussi&#xa0;; une seule peut l’être</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::DomainReader</name>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="91"/>
        <source>%1 drive %2 (OVF carries disks and CD/DVD drives only)</source>
        <translation>lecteur %1 %2 (OVF ne porte que des disques et des lecteurs CD/DVD)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="96"/>
        <source>disk %1 of type &apos;%2&apos; (only file, block and volume disks can be read)</source>
        <translation>disque %1 de type «&#xa0;%2&#xa0;» (seuls les disques file, block et volume peuvent être lus)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="204"/>
        <source>domain XML, line %1, column %2: %3</source>
        <translation>XML du domaine, ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="211"/>
        <source>a DOCTYPE is not accepted</source>
        <translation>un DOCTYPE n’est pas accepté</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="218"/>
        <source>the root element is &lt;%1&gt;, not &lt;domain&gt;</source>
        <translation>l’élément racine est &lt;%1&gt;, pas &lt;domain&gt;</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="237"/>
        <source>&lt;memory&gt; is not a size libvirt writes</source>
        <translation>&lt;memory&gt; n’est pas une taille telle que libvirt l’écrit</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="243"/>
        <source>&lt;vcpu&gt; is not a positive number</source>
        <translation>&lt;vcpu&gt; n’est pas un nombre positif</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="310"/>
        <source>input (tablet)</source>
        <translation>entrée (tablette)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="325"/>
        <source>domain XML: no &lt;name&gt;</source>
        <translation>XML du domaine&#xa0;: pas de &lt;name&gt;</translation>
    </message>
    <message>
        <location filename="../model/vmexport/domainreader.cpp" line="327"/>
        <source>domain XML of %1: no &lt;memory&gt;</source>
        <translation>XML du domaine de %1&#xa0;: pas de &lt;memory&gt;</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::ExportDescriptor</name>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="92"/>
        <source>Product information</source>
        <translation>Informations sur le produit</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="134"/>
        <source>The virtual disks</source>
        <translation>Les disques virtuels</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="160"/>
        <source>The networks the machines are connected to</source>
        <translation>Les réseaux auxquels les machines sont connectées</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="165"/>
        <source>The libvirt network or bridge %1</source>
        <translation>Le réseau ou pont libvirt %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="176"/>
        <source>Virtual machines exported together</source>
        <translation>Machines virtuelles exportées ensemble</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="181"/>
        <source>Start order of the virtual machines</source>
        <translation>Ordre de démarrage des machines virtuelles</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="207"/>
        <source>The virtual machine %1, exported from libvirt</source>
        <translation>La machine virtuelle %1, exportée depuis libvirt</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="211"/>
        <source>A description of the virtual machine</source>
        <translation>Une description de la machine virtuelle</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="220"/>
        <source>The guest operating system</source>
        <translation>Le système d’exploitation invité</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="235"/>
        <source>Virtual hardware requirements</source>
        <translation>Exigences matérielles virtuelles</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="250"/>
        <source>Number of virtual CPUs</source>
        <translation>Nombre de processeurs virtuels</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/vmexport/exportdescriptor.cpp" line="251"/>
        <source>%n virtual CPU(s)</source>
        <translation>
            <numerusform>%n processeur virtuel</numerusform>
            <numerusform>%n processeurs virtuels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="263"/>
        <source>Memory size</source>
        <translation>Taille de la mémoire</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="264"/>
        <source>%1 MiB of memory</source>
        <translation>%1 Mio de mémoire</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="269"/>
        <source>%1: memory rounded up to whole MiB</source>
        <translation>%1&#xa0;: mémoire arrondie au Mio entier supérieur</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="301"/>
        <source>IDE controller</source>
        <translation>Contrôleur IDE</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="302"/>
        <source>IDE channel %1</source>
        <translation>Canal IDE %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="320"/>
        <source>%1: SCSI controller model &apos;%2&apos; described as lsilogic</source>
        <translation>%1&#xa0;: modèle de contrôleur SCSI «&#xa0;%2&#xa0;» décrit comme lsilogic</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="321"/>
        <source>SCSI controller %1</source>
        <translation>Contrôleur SCSI %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="325"/>
        <source>SATA controller %1</source>
        <translation>Contrôleur SATA %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="329"/>
        <source>NVMe controller %1</source>
        <translation>Contrôleur NVMe %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="335"/>
        <source>virtio block devices</source>
        <translation>périphériques bloc virtio</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="352"/>
        <source>%1: %2 on bus &apos;%3&apos; left out (OVF has no such controller)</source>
        <translation>%1&#xa0;: %2 sur le bus «&#xa0;%3&#xa0;» omis (OVF n’a pas de tel contrôleur)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="365"/>
        <source>CD/DVD drive %1</source>
        <translation>Lecteur CD/DVD %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="375"/>
        <source>Hard disk %1</source>
        <translation>Disque dur %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="388"/>
        <source>%1: network adapter model &apos;%2&apos; has no OVF name; written as E1000</source>
        <translation>%1&#xa0;: le modèle de carte réseau «&#xa0;%2&#xa0;» n’a pas de nom OVF&#xa0;; écrit comme E1000</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="393"/>
        <source>Network adapter %1</source>
        <translation>Carte réseau %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="401"/>
        <source>Serial port %1</source>
        <translation>Port série %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportdescriptor.cpp" line="412"/>
        <source>%1: UEFI variables (NVRAM) are not carried; the guest starts with the firmware&apos;s defaults</source>
        <translation>%1&#xa0;: les variables UEFI (NVRAM) ne sont pas transportées&#xa0;; l’invité démarre avec les valeurs par défaut du micrologiciel</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::ExportPlanner</name>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="37"/>
        <source>a %1 volume cannot be read through libvirt (qcow2 and raw can)</source>
        <translation>un volume %1 ne peut pas être lu via libvirt (qcow2 et raw le peuvent)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="39"/>
        <source>the volume has a backing file (%1); a backing chain on a remote host cannot be read through libvirt: flatten it there first (virsh blockpull, or qemu-img convert into a new volume)</source>
        <translation>le volume a un fichier de base (%1)&#xa0;; une chaîne de fichiers de base sur un hôte distant ne peut pas être lue via libvirt&#xa0;: aplatissez-la d’abord sur place (virsh blockpull, ou qemu-img convert vers un nouveau volume)</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="56"/>
        <source>%1 is %2: shut it down first (virsh -c %3 shutdown %1, then wait until &apos;virsh -c %3 domstate %1&apos; says shut off) and export again; the disks of a running machine change while they are read</source>
        <translation>%1 est %2&#xa0;: arrêtez-la d’abord (virsh -c %3 shutdown %1, puis attendez que «&#xa0;virsh -c %3 domstate %1&#xa0;» indique shut off) et exportez de nouveau&#xa0;; les disques d’une machine en marche changent pendant leur lecture</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="64"/>
        <source>no domain to export</source>
        <translation>aucun domaine à exporter</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="80"/>
        <source>%1: no such domain on %2</source>
        <translation>%1&#xa0;: aucun domaine de ce nom sur %2</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="93"/>
        <source>%1: chosen twice</source>
        <translation>%1&#xa0;: choisi deux fois</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="105"/>
        <source>%1: disk %2 has no source; left out</source>
        <translation>%1&#xa0;: le disque %2 n’a pas de source&#xa0;; omis</translation>
    </message>
    <message>
        <location filename="../model/vmexport/exportplan.cpp" line="142"/>
        <source>%1/%2: %3 does not exist on this machine</source>
        <translation>%1/%2&#xa0;: %3 n’existe pas sur cette machine</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::LibvirtDiskOpener</name>
    <message>
        <location filename="../model/vmexport/libvirtdiskopener.cpp" line="78"/>
        <location filename="../model/vmexport/libvirtdiskopener.cpp" line="86"/>
        <source>%1: not a disk of this export</source>
        <translation>%1&#xa0;: pas un disque de cet export</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::LibvirtVolumeSource</name>
    <message>
        <location filename="../model/vmexport/libvirtvolumesource.cpp" line="59"/>
        <source>%1/%2: the download ended at byte %3 of %4</source>
        <translation>%1/%2&#xa0;: le téléchargement s’est arrêté à l’octet %3 sur %4</translation>
    </message>
    <message>
        <location filename="../model/vmexport/libvirtvolumesource.cpp" line="72"/>
        <source>%1/%2: read of %3 bytes at %4 is outside the volume</source>
        <translation>%1/%2&#xa0;: la lecture de %3 octets à la position %4 est hors du volume</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::MachineExporter</name>
    <message>
        <location filename="../model/vmexport/machineexporter.cpp" line="28"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ovf::vmexport::NbdVolumeServer</name>
    <message>
        <location filename="../model/vmexport/nbdvolumeserver.cpp" line="99"/>
        <source>cannot create a private folder: %1</source>
        <translation>impossible de créer un dossier privé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../model/vmexport/nbdvolumeserver.cpp" line="106"/>
        <source>%1: the socket path is too long</source>
        <translation>%1&#xa0;: le chemin du socket est trop long</translation>
    </message>
    <message>
        <location filename="../model/vmexport/nbdvolumeserver.cpp" line="111"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ovf::xml::AttributeChanges</name>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="39"/>
        <source>a document has no root element</source>
        <translation>un document n’a pas d’élément racine</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="47"/>
        <source>%1: the element became %2</source>
        <translation>%1&#xa0;: l’élément est devenu %2</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="49"/>
        <location filename="../model/ovf/attributechanges.cpp" line="58"/>
        <source>%1: its children changed</source>
        <translation>%1&#xa0;: ses éléments enfants ont changé</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="62"/>
        <source>%1: its text changed</source>
        <translation>%1&#xa0;: son texte a changé</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="76"/>
        <source>an element the change is about is missing</source>
        <translation>un élément concerné par la modification est absent</translation>
    </message>
    <message>
        <location filename="../model/ovf/attributechanges.cpp" line="78"/>
        <source>%1: its attributes are not the ones the change starts from</source>
        <translation>%1&#xa0;: ses attributs ne sont pas ceux dont part la modification</translation>
    </message>
</context>
</TS>
