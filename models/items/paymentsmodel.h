#pragma once
// Placeholder: written by the paymentsmodel owner (issue 4).
