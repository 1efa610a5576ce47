// The deploy answer file (JSON, format ovf-workbench-answers v1). Oracle: a plan that is read
// is written and read again to the same JSON.
#include "fuzzinput.h"

#include "model/deploy/answerfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ovf::deploy::AnswerFile;
    auto read = AnswerFile::parse(ovf::fuzz::bytes(data, size));
    if (!read)
        return 0;
    const QByteArray json = AnswerFile::toJson(read->plan);
    auto again = AnswerFile::parse(json);
    if (!again || AnswerFile::toJson(again->plan) != json)
        __builtin_trap();
    return 0;
}
