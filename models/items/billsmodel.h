#pragma once
// Placeholder: written by the billsmodel owner (issue 4).
