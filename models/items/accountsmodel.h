#pragma once
// Placeholder: written by the accountsmodel owner (issue 4).
