import { alertsPt } from './alert-messages.pt.js';
import { evacuationPt } from './evacuation-messages.pt.js';
import { fieldPt } from './field-messages.pt.js';
import { opsPt } from './ops-messages.pt.js';
import type { Messages } from './messages.en.js';

/** Portuguese (European spelling, as used by the Macau administration). */
export const pt: Messages = {
  'app.name': 'Alerta Qinao',
  'app.tagline': 'Alertas de emergência para Hengqin e Macau',
  'app.skipToContent': 'Saltar para o conteúdo principal',
  'app.loading': 'A carregar…',
  'app.restoringSession': 'A restaurar a sua sessão…',
  'app.pageTitle': '{page} · Alerta Qinao',

  'language.label': 'Idioma',

  'nav.label': 'Navegação principal',
  'nav.command': 'Comando',
  'nav.field': 'Terreno',
  'nav.liaison': 'Painel de ligação',
  'nav.alerts': 'Alertas públicos',
  'nav.signIn': 'Acesso do pessoal',
  'nav.signOut': 'Terminar sessão',

  'user.label': 'Sessão iniciada como',

  'role.admin': 'Administrador',
  'role.commander': 'Comandante',
  'role.operator': 'Operador',
  'role.inspector': 'Inspetor',
  'role.crew_lead': 'Chefe de equipa',
  'role.liaison': 'Oficial de ligação',

  'connection.label': 'Ligação em tempo real',
  'connection.state.connecting': 'A ligar',
  'connection.state.live': 'Em direto',
  'connection.state.reconnecting': 'A restabelecer a ligação',
  'connection.state.offline': 'Sem ligação',
  'connection.lastContact': 'Último contacto com o servidor: {time}',
  'connection.noContact': 'Ainda sem contacto com o servidor',

  'login.title': 'Acesso do pessoal',
  'login.intro': 'Inicie sessão com a conta que lhe foi atribuída pelo centro de comando.',
  'login.username': 'Nome de utilizador',
  'login.password': 'Palavra-passe',
  'login.submit': 'Iniciar sessão',
  'login.submitting': 'A iniciar sessão…',
  'login.error.missingFields': 'Introduza o nome de utilizador e a palavra-passe.',
  'login.error.invalidCredentials': 'O nome de utilizador ou a palavra-passe não estão corretos.',
  'login.error.rateLimited': 'Demasiadas tentativas de acesso. Aguarde um minuto e tente novamente.',
  'login.error.network': 'Não foi possível contactar o servidor. Verifique a ligação à rede e tente novamente.',
  'login.error.generic': 'Não foi possível iniciar sessão (código: {code}). Tente novamente ou contacte o centro de comando.',
  'login.notice.sessionEnded': 'A sua sessão terminou. Inicie sessão novamente para continuar.',
  'login.notice.signedOut': 'Terminou a sessão.',
  'login.publicLink': 'Residentes: abrir a página de alertas públicos',


  'command.title': 'Painel de comando',
  'command.intro':
    'Acompanhe os sinais oficiais, prepare e aprove alertas e coordene as equipas no terreno em Hengqin e no Novo Bairro de Macau.',
  'command.roleHint.admin': 'Como administrador, gere as contas do pessoal e consulta o registo de auditoria.',
  'command.roleHint.commander': 'Como comandante, aprova os alertas antes de serem enviados aos residentes.',
  'command.roleHint.operator': 'Como operador, redige os alertas e mantém atualizados os sinais recebidos.',
  'command.openKiosk': 'Abrir o ecrã de parede',

  'kiosk.title': 'Painel mural de sinais',
  'kiosk.clock': 'Hora de Macau {time}',
  'kiosk.exit': 'Sair do ecrã de parede',
  'kiosk.fullScreen': 'Ecrã inteiro',

  'liaison.title': 'Painel de sinais de ligação',
  'liaison.intro': 'Uma vista partilhada dos sinais e alertas em vigor para os oficiais de ligação do lado de Macau.',
  'liaison.readOnly': 'Vista só de leitura. As alterações são feitas pelo centro de comando de Hengqin.',

  'alerts.title': 'Alertas públicos',
  'alerts.intro': 'Alertas oficiais de emergência para Hengqin e o Novo Bairro de Macau.',
  'alerts.emergency.title': 'Em caso de emergência',
  'alerts.emergency.body': 'Em Hengqin ligue 110 (polícia), 119 (bombeiros) ou 120 (ambulância). Em Macau ligue 999.',
  'alerts.signals.scales':
    'Macau e Guangdong usam escalas diferentes. Os sinais de tempestade tropical de Macau são números (1, 3, 8, 9, 10); os avisos de Guangdong e Zhuhai são cores (branco, azul, amarelo, laranja, vermelho). Cada sinal indica a entidade que o emitiu.',

  'form.choose': 'Escolha…',
  'form.saving': 'A guardar…',
  'form.cancel': 'Cancelar',
  'form.error.network': 'Não foi possível contactar o servidor. Nada foi guardado; tente novamente.',
  'form.error.signedOut': 'A sua sessão terminou. Inicie sessão novamente; nada foi guardado.',
  'form.error.forbidden': 'A sua função não permite esta alteração.',
  'form.error.conflict':
    'Não guardado: outra pessoa alterou isto primeiro (código: {code}). A página mostra o estado atual.',
  'form.error.rejected': 'Não guardado: o servidor não aceitou o registo (código: {code}).',
  'form.error.rateLimited': 'Demasiados pedidos. Aguarde um momento e tente novamente.',
  'form.error.generic': 'Não guardado (código: {code}). Tente novamente ou contacte o responsável de serviço.',

  'signals.time.macau': '{time} (hora de Macau, UTC+8)',

  'signals.board.title': 'Sinais de aviso em vigor',
  'signals.board.updated': 'Quadro atualizado',
  'signals.board.savedCopy':
    'Não é possível contactar o servidor neste momento. Mostra-se a cópia guardada neste dispositivo às {time}. Pode estar desatualizada.',
  'signals.board.refreshFailed':
    'Não foi possível atualizar o quadro; mostra o último estado recebido. A tentar novamente…',
  'signals.board.loading': 'A carregar…',
  'signals.board.unavailable':
    'Não foi possível carregar o quadro de sinais. Isto não significa “nenhum sinal”. A tentar novamente…',
  'signals.board.noTracks': 'Não há fontes de sinais configuradas.',

  'signals.card.since': 'Desde',
  'signals.card.source': 'Fonte: {source}',
  'signals.card.checked': 'verificado às {time}',
  'signals.card.includedIn': 'Sem sinal separado: incluído em {signal}.',
  'signals.card.meaning': 'O que significa:',

  'signals.level.none': 'Nenhum sinal em vigor',
  'signals.level.lastKnown': 'Último estado conhecido: {level}',
  'signals.level.unknown': 'Desconhecido — não é “nenhum sinal”',

  'signals.freshness.fresh': 'Atualizado',
  'signals.freshness.stale': 'Desatualizado',
  'signals.freshness.unknown': 'Desconhecido',

  'signals.source.feed': 'feed oficial',
  'signals.source.cap': 'mensagem CAP',
  'signals.source.manual': 'registo manual',

  'signals.banner.title.stale': 'Desatualizado.',
  'signals.banner.title.unknown': 'Desconhecido — não é “nenhum sinal”.',
  'signals.banner.theSource': 'Esta fonte',
  'signals.banner.staleSince': '{source}: o feed não responde desde {time}. Mostra-se o último estado conhecido.',
  'signals.banner.staleNoAnswer': '{source}: o feed não respondeu a tempo. Mostra-se o último estado conhecido.',
  'signals.banner.unknownSince': '{source}: sem resposta legível desde {time}. O estado atual é desconhecido.',
  'signals.banner.unknownNoAnswer': '{source}: ainda sem resposta legível. O estado atual é desconhecido.',

  'signals.held.tag': 'A aguardar confirmação',
  'signals.held.summary':
    'Uma leitura de {level} ({source}, {time}) está retida até o posto de comando a confirmar ou rejeitar.',

  'signals.hold.reason.jump_from_none': 'Passa diretamente de nenhum sinal para um nível elevado.',
  'signals.hold.reason.step_too_large': 'Sobe mais níveis de uma vez do que este sinal permite.',
  'signals.hold.reason.drop_without_cancel': 'Um nível elevado desapareceu sem mensagem de cancelamento.',
  'signals.hold.reason.suppressed_hazard': 'Emitido enquanto um sinal superior indica que não é emitido separadamente.',

  'signals.holds.title': 'Leituras a aguardar confirmação',
  'signals.holds.note':
    'As leituras implausíveis ficam fora do quadro até um operador as confirmar ou rejeitar. Verifique primeiro junto da entidade emissora.',
  'signals.holds.none': 'Não há leituras em espera.',
  'signals.holds.shown': 'No quadro:',
  'signals.holds.reading': 'Leitura retida:',
  'signals.holds.reason': 'Motivo da decisão (obrigatório)',
  'signals.holds.reasonRequired': 'Escreva porque confirma ou rejeita esta leitura.',
  'signals.holds.confirm': 'Confirmar e aplicar',
  'signals.holds.reject': 'Rejeitar',
  'signals.holds.failed': 'Não foi possível carregar as leituras retidas. Nova tentativa quando a ligação voltar.',
  'signals.holds.enteredBy': 'Introduzido por {name}: {note}',

  'signals.action.issue': 'Emitido',
  'signals.action.update': 'Atualizado',
  'signals.action.cancel': 'Cancelado',

  'signals.timeline.title': 'Cronologia das alterações',
  'signals.timeline.note': 'Mais recentes primeiro. Horas de Macau (UTC+8).',
  'signals.timeline.failed': 'Não foi possível carregar a cronologia. Nova tentativa quando a ligação voltar.',
  'signals.timeline.empty': 'Ainda não há alterações registadas.',
  'signals.timeline.change': 'de {from} para {to}',
  'signals.timeline.received': 'recebido às {time}',

  'signals.outlook.title': 'Probabilidade de próximos sinais',
  'signals.outlook.source': 'Tabela de probabilidades de {authority}, publicada às {time}.',
  'signals.outlook.col.signal': 'Sinal',
  'signals.outlook.col.probability': 'Probabilidade',
  'signals.outlook.col.window': 'Hora prevista',
  'signals.outlook.signalCode': 'Sinal n.º {code}',
  'signals.outlook.noWindow': 'Não indicada',
  'signals.outlook.none': 'Ainda não foi introduzida nenhuma tabela de probabilidades.',
  'signals.outlook.failed': 'Não foi possível carregar a tabela de probabilidades.',
  'signals.outlook.entered': 'Introduzida por {name} às {time}.',
  'signals.outlook.unknownPerson': 'desconhecido',

  'signals.probability.low': 'Baixa',
  'signals.probability.medium': 'Média',
  'signals.probability.relatively-high': 'Relativamente alta',
  'signals.probability.high': 'Alta',
  'signals.probability.will-be-issued': 'Será emitido',

  'signals.outlookForm.open': 'Introduzir ou atualizar a tabela',
  'signals.outlookForm.title': 'Tabela de probabilidades dos SMG',
  'signals.outlookForm.hint':
    'Copie as linhas da tabela dos SMG: o número do sinal, a probabilidade e, se indicada, a hora prevista.',
  'signals.outlookForm.row': 'Linha {number}',
  'signals.outlookForm.level': 'Sinal (número, p. ex. 8)',
  'signals.outlookForm.probability': 'Probabilidade',
  'signals.outlookForm.window': 'Hora prevista (opcional)',
  'signals.outlookForm.addRow': 'Acrescentar linha',
  'signals.outlookForm.removeRow': 'Remover a linha {number}',
  'signals.outlookForm.publishedAt': 'Publicada pelos SMG em (hora de Macau, UTC+8)',
  'signals.outlookForm.save': 'Guardar tabela',
  'signals.outlookForm.saved': 'Tabela de probabilidades guardada.',
  'signals.outlookForm.problem.noRows': 'Introduza pelo menos uma linha.',
  'signals.outlookForm.problem.rowIncomplete': 'Cada linha precisa de um sinal e de uma probabilidade.',
  'signals.outlookForm.problem.duplicateLevel': 'Cada sinal só pode aparecer uma vez.',
  'signals.outlookForm.problem.publishedAtMissing': 'Indique quando os SMG publicaram a tabela.',

  'signals.manual.title': 'Registo manual de sinal',
  'signals.manual.note':
    'Para sinais comunicados por telefone ou lidos noutro canal quando um feed está em baixo. Cada registo fica gravado com o seu nome e motivo.',
  'signals.manual.authority': 'Entidade emissora',
  'signals.manual.area': 'Zona',
  'signals.manual.hazard': 'Tipo de sinal',
  'signals.manual.action': 'O que aconteceu',
  'signals.manual.actionOption.issue': 'Emitido (novo sinal)',
  'signals.manual.actionOption.update': 'Atualizado (nível alterado)',
  'signals.manual.actionOption.cancel': 'Cancelado (nenhum sinal em vigor)',
  'signals.manual.level': 'Código do nível',
  'signals.manual.levelHint': 'Tal como no catálogo, p. ex. 3, 8SE, yellow, orange, in-force.',
  'signals.manual.issuedAt': 'Emitido às (hora de Macau, UTC+8)',
  'signals.manual.reason': 'Motivo do registo manual (obrigatório)',
  'signals.manual.reasonHint': 'Por exemplo: feed dos SMG em baixo; sinal lido na emissão da TDM.',
  'signals.manual.save': 'Registar sinal',
  'signals.manual.problem.trackMissing': 'Escolha a entidade, a zona e o tipo de sinal.',
  'signals.manual.problem.actionMissing': 'Escolha o que aconteceu.',
  'signals.manual.problem.levelMissing': 'Introduza o código do nível.',
  'signals.manual.problem.issuedAtMissing': 'Indique quando o sinal foi emitido.',
  'signals.manual.problem.issuedAtFuture': 'A hora de emissão não pode estar no futuro.',
  'signals.manual.problem.reasonMissing': 'Escreva o motivo do registo manual.',
  'signals.manual.outcome.changed': 'Registado. O quadro já o mostra.',
  'signals.manual.outcome.held':
    'Registado, mas retido: precisa da confirmação de um operador antes de aparecer no quadro (ver “Leituras a aguardar confirmação”).',
  'signals.manual.outcome.unchanged': 'Registado. O quadro já mostrava isto, por isso nada mudou.',

  'playbooks.title': 'Ações desencadeadas pelos sinais',

  'playbooks.note':
    'Cada plano indica o que fazer perante um sinal. Confirme a tarefa quando a assumir; marque-a como concluída quando terminar.',

  'playbooks.failed': 'Não foi possível carregar a lista de tarefas. Nova tentativa quando a ligação voltar.',

  'playbooks.none': 'Nenhum plano em curso.',

  'playbooks.status.open': 'Em curso',
  'playbooks.status.closed': 'Encerrado',

  'playbooks.trigger': 'Desencadeado por {authority}: {hazard}, {level}',

  'playbooks.progress': '{done} de {total} tarefas concluídas',

  'playbooks.templates': 'Rascunhos de alerta prontos para o editor de alertas: {count}',

  'playbooks.task.state.open': 'Por fazer',
  'playbooks.task.state.acknowledged': 'Assumida',
  'playbooks.task.state.done': 'Concluída',
  'playbooks.task.acknowledgedBy': 'Assumida por {name}',
  'playbooks.task.doneBy': 'Concluída por {name}',
  'playbooks.task.note': 'Nota: {note}',
  'playbooks.task.noteLabel': 'Nota (opcional)',
  'playbooks.task.acknowledge': 'Assumir',
  'playbooks.task.done': 'Marcar como concluída',
  'playbooks.task.addNote': 'Acrescentar nota',

  'signals.tracks.unknownSince': 'Sem resposta legível da fonte desde {time}.',
  'signals.tracks.noAnswer': 'Ainda sem resposta legível da fonte.',
  'signals.tracks.staleSince': 'O feed não responde desde {time}: mostra-se o último estado conhecido.',
  'signals.tracks.staleNoAnswer': 'O feed não respondeu a tempo: mostra-se o último estado conhecido.',

  'notPermitted.title': 'Acesso não permitido',
  'notPermitted.body': 'A sua função ({role}) não dá acesso a esta página.',
  'notPermitted.home': 'Ir para a sua página inicial',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'Não existe nenhuma página neste endereço.',
  'notFound.home': 'Ir para a página de entrada',

  ...alertsPt,
  ...fieldPt,
  ...opsPt,
  ...evacuationPt,
};
