// The command tables of tailor-cli, one function per area.
#pragma once

#include "clicontext.h"

namespace tailor::cli {

QList<CommandSpec> workspaceCommands();
QList<CommandSpec> auditCommands();
QList<CommandSpec> promptCommands();
QList<CommandSpec> llmCommands();
QList<CommandSpec> importCommands();
QList<CommandSpec> profileCommands();
QList<CommandSpec> segmentCommands();
QList<CommandSpec> demoCommands();

} // namespace tailor::cli
