#include "model/ovf/job.h"

namespace ovf {

QString Job::cancelledMessage()
{
    return tr("cancelled");
}

} // namespace ovf
