#include "usage.h"

namespace coopdesk {

bool UsageSeries::isConsumption() const
{
    // An unknown direction is counted as consumption: dropping it would lose the member's data,
    // and every real meter but a generation channel measures energy taken from the grid.
    switch (flow) {
    case FlowDirection::Return:
    case FlowDirection::Reverse:
        return false;
    case FlowDirection::Forward:
    case FlowDirection::Net:
    case FlowDirection::Total:
    case FlowDirection::Unknown:
        return true;
    }
    return true;
}

const UsageSeries *UsageData::find(const QString &seriesId, UsageQuantity quantity) const
{
    for (const UsageSeries &s : series) {
        if (s.quantity == quantity && s.seriesId == seriesId)
            return &s;
    }
    return nullptr;
}

} // namespace coopdesk
