#pragma once
// Placeholder: written by the usagetablemodel owner (issue 4).
