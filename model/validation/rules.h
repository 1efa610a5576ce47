#pragma once

namespace ovf::validation {

class Context;

// The rule groups, one per rules_*.cpp. Each reports through the context, polls its cancel
// flag in long loops, and reads the shared EnvelopeIndex instead of rescanning the document.
// Only called for Envelope documents, except runEnvironmentRules.
void runVersionRules(Context &ctx);
void runIdRules(Context &ctx);
void runReferenceRules(Context &ctx);
void runHardwareRules(Context &ctx);
void runDeviceRules(Context &ctx);
void runStructureRules(Context &ctx);
void runPropertyRules(Context &ctx);
void runDiskRules(Context &ctx);
void runStringsRules(Context &ctx);
void runExtensionRules(Context &ctx);
void runEnvironmentRules(Context &ctx);

} // namespace ovf::validation
