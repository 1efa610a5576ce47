#pragma once

// The fixed vocabulary of the generated benchmark descriptor (see descriptorgenerator.h).
// Internal to the generator.

#include <iterator>

namespace ovfbench::tables {

// One ProductSection property per row; each virtual system gets the rows in order (then again
// with a "_2", "_3" ... suffix when it has more than there are rows). "{n}" in a value is the
// system's number. Qualifier spellings follow the shipped descriptors in the corpus.
struct PropertyTemplate
{
    const char *key;
    const char *type;
    const char *qualifiers; // nullptr: none
    const char *value;
    bool userConfigurable;
    bool password;
    const char *label;
    const char *description;
    const char *vmwQualifiers; // nullptr: none
};

constexpr PropertyTemplate kProperties[] = {
    {"hostname", "string", "MinLen(1),MaxLen(63)", "app-{n}", true, false, "Host name",
     "The host name of this virtual machine (letters, digits and hyphens).", nullptr},
    {"domain", "string", "MaxLen(253)", "example.com", true, false, "Domain name",
     "The DNS domain the virtual machine belongs to.", nullptr},
    {"ip0", "string", nullptr, "", true, false, "IP address",
     "The static IPv4 address of the first network interface; leave empty to use DHCP.", "Ip:Management"},
    {"netmask0", "string", "MaxLen(15)", "255.255.255.0", true, false, "Netmask",
     "The netmask of the first network interface.", nullptr},
    {"gateway", "string", "MaxLen(15)", "10.0.0.1", true, false, "Default gateway",
     "The IPv4 address of the default gateway.", nullptr},
    {"dns", "string", "MaxLen(1024)", "10.0.0.53,10.0.1.53", true, false, "DNS servers",
     "A comma-separated list of DNS server addresses.", nullptr},
    {"ntp", "string", "MaxLen(1024)", "pool.ntp.org", true, false, "NTP servers",
     "A comma-separated list of NTP servers to synchronise the clock with.", nullptr},
    {"http_port", "uint16", "MinValue(1),MaxValue(65535)", "8080", true, false, "HTTP port",
     "The TCP port the web console listens on.", nullptr},
    {"https_port", "uint16", "MinValue(1),MaxValue(65535)", "8443", true, false, "HTTPS port",
     "The TCP port the secure web console listens on.", nullptr},
    {"ssh_enabled", "boolean", nullptr, "true", true, false, "Enable SSH",
     "Whether the SSH service starts at boot.", nullptr},
    {"admin_password", "string", "MinLen(0),MaxLen(128)", "", true, true, "Administrator password",
     "The password of the admin account; leave empty to be asked at first login.", nullptr},
    {"deployment_size", "string", "ValueMap{\"small\",\"medium\",\"large\"}", "medium", true, false,
     "Deployment size", "How many resources the application reserves for itself.", nullptr},
    {"log_level", "string", "ValueMap{\"error\",\"warning\",\"info\",\"debug\"}", "info", true, false,
     "Log level", "The least severe messages the application writes to its log.", nullptr},
    {"max_connections", "uint32", "MinValue(1),MaxValue(100000)", "1000", true, false,
     "Maximum connections", "How many client connections the service accepts at once.", nullptr},
    {"timezone", "string", "ValueMap{\"UTC\",\"Europe/Berlin\",\"Asia/Tokyo\",\"America/New_York\"}", "UTC",
     true, false, "Time zone", "The time zone of the system clock.", nullptr},
    {"cache_ratio", "real64", nullptr, "0.75", true, false, "Cache ratio",
     "The share of memory the application may use as a cache, between 0 and 1.", nullptr},
    {"retry_count", "uint8", "MaxValue(10)", "3", true, false, "Retries",
     "How often a failed request is retried.", nullptr},
    {"utc_offset_minutes", "sint16", "MinValue(-720),MaxValue(840)", "0", true, false, "UTC offset",
     "The offset of local time from UTC, in minutes.", nullptr},
    {"telemetry", "boolean", nullptr, "false", false, false, "Telemetry",
     "Whether anonymous usage data is sent to the vendor (fixed by the vendor).", nullptr},
    {"motd", "string", "MaxLen(1024)", "Welcome to app-{n} \xe2\x80\x94 managed by Example Corp.", true,
     false, "Login message", "The message shown at login.", nullptr},
};
constexpr int kTemplateCount = int(std::size(kProperties));

// A Category element goes before the property with this template index.
struct CategoryStart
{
    int before;
    const char *id;
    const char *text;
};
constexpr CategoryStart kCategories[] = {
    {0, "network", "Network"},
    {7, "services", "Services"},
    {9, "security", "Security"},
    {11, "application", "Application"},
};

struct DeploymentOption
{
    const char *id;
    const char *label;
    const char *description;
};
constexpr DeploymentOption kConfigurations[] = {
    {"small", "Small", "2 vCPUs and 4 GB of memory per virtual machine, for evaluation."},
    {"medium", "Medium", "4 vCPUs and 8 GB of memory per virtual machine, for most sites."},
    {"large", "Large", "8 vCPUs and 16 GB of memory and a second network per virtual machine."},
};

constexpr const char *kNetworks[] = {"Management", "Workload", "Storage"};

struct GuestOs
{
    int cimId;
    const char *vmwType;
    const char *description;
};
constexpr GuestOs kGuests[] = {
    {101, "other3xLinux64Guest", "Other 3.x or later Linux (64-bit)"},
    {80, "rhel8_64Guest", "Red Hat Enterprise Linux 8 (64-bit)"},
    {94, "ubuntu64Guest", "Ubuntu Linux (64-bit)"},
    {96, "debian11_64Guest", "Debian GNU/Linux 11 (64-bit)"},
};

// Per locale: the text of a translated message. %1 is the English default text, %2 the
// msgid; non-ASCII in most of them on purpose.
struct Locale
{
    const char *tag;
    const char16_t *format;
};
constexpr Locale kLocales[] = {
    {"de-DE", u"Einstellung \u201e%1\u201c (Schl\u00fcssel %2), \u00fcbersetzt"},
    {"fr-FR", u"Param\u00e8tre \u00ab\u00a0%1\u00a0\u00bb (cl\u00e9 %2), traduit"},
    {"ja-JP", u"\u8a2d\u5b9a\u300c%1\u300d\uff08\u30ad\u30fc %2\uff09"},
    {"zh-CN", u"\u8bbe\u7f6e\u201c%1\u201d\uff08\u952e %2\uff09"},
    {"ko-KR", u"\uc124\uc815 \u201c%1\u201d (\ud0a4 %2)"},
    {"es-ES", u"Par\u00e1metro \u00ab%1\u00bb (clave %2), traducci\u00f3n"},
    {"it-IT", u"Impostazione \u00ab%1\u00bb (chiave %2), traduzione"},
    {"pt-BR", u"Configura\u00e7\u00e3o \u201c%1\u201d (chave %2), tradu\u00e7\u00e3o"},
    {"ru-RU", u"\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440 \u00ab%1\u00bb (\u043a\u043b\u044e\u0447 %2)"},
    {"pl-PL", u"Ustawienie \u201e%1\u201d (klucz %2), t\u0142umaczenie"},
    {"nl-NL", u"Instelling \u2018%1\u2019 (sleutel %2), vertaald"},
    {"sv-SE", u"Inst\u00e4llning \u201d%1\u201d (nyckel %2), \u00f6versatt"},
};
constexpr int kMaxLocales = int(std::size(kLocales));

} // namespace ovfbench::tables
