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

  'board.notYetAvailable': 'Ainda não disponível',

  'command.title': 'Painel de comando',
  'command.intro':
    'Acompanhe os sinais oficiais, prepare e aprove alertas e coordene as equipas no terreno em Hengqin e no Novo Bairro de Macau.',
  'command.roleHint.admin': 'Como administrador, gere as contas do pessoal e consulta o registo de auditoria.',
  'command.roleHint.commander': 'Como comandante, aprova os alertas antes de serem enviados aos residentes.',
  'command.roleHint.operator': 'Como operador, redige os alertas e mantém atualizados os sinais recebidos.',
  'command.board.signals.title': 'Sinais oficiais',
  'command.board.signals.body':
    'Os sinais de tufão, de chuva intensa e outros avisos de fontes oficiais serão mostrados aqui à medida que mudam.',
  'command.board.alerts.title': 'Alertas',
  'command.board.alerts.body': 'Os rascunhos, os alertas a aguardar aprovação e os alertas já enviados serão listados aqui.',
  'command.board.field.title': 'Equipas no terreno',
  'command.board.field.body': 'As tarefas de inspeção, as equipas de serviço e os relatórios do terreno serão mostrados aqui.',
  'command.board.areas.title': 'Zonas',
  'command.board.areas.body':
    'As comunidades de Hengqin e o Novo Bairro de Macau, com os abrigos e as principais passagens, serão mostrados aqui.',

  'field.title': 'Operações no terreno',
  'field.intro': 'As suas tarefas, verificações e relatórios, organizados para uso num telemóvel ao ar livre.',
  'field.board.tasks.title': 'As minhas tarefas',
  'field.board.tasks.body': 'As tarefas atribuídas a si ou à sua equipa serão listadas aqui, das mais urgentes para as menos urgentes.',
  'field.board.report.title': 'Relatório do terreno',
  'field.board.report.body': 'Daqui poderá enviar observações com fotografia e a sua localização.',
  'field.board.checklists.title': 'Listas de verificação',
  'field.board.checklists.body': 'As listas de verificação de abrigos, pontos de drenagem e passagens serão mostradas aqui.',

  'liaison.title': 'Painel de sinais de ligação',
  'liaison.intro': 'Uma vista partilhada dos sinais e alertas em vigor para os oficiais de ligação do lado de Macau.',
  'liaison.readOnly': 'Vista só de leitura. As alterações são feitas pelo centro de comando de Hengqin.',
  'liaison.board.signals.title': 'Sinais em vigor',
  'liaison.board.signals.body': 'Os sinais de aviso em vigor de ambos os lados da fronteira serão mostrados aqui.',
  'liaison.board.alerts.title': 'Alertas emitidos',
  'liaison.board.alerts.body': 'Os alertas enviados aos residentes, com as zonas e as horas, serão listados aqui.',
  'liaison.board.contacts.title': 'Contactos de serviço',
  'liaison.board.contacts.body': 'O pessoal de serviço no centro de comando e a forma de o contactar serão mostrados aqui.',

  'alerts.title': 'Alertas públicos',
  'alerts.intro': 'Alertas oficiais de emergência para Hengqin e o Novo Bairro de Macau.',
  'alerts.board.current.title': 'Alertas em vigor',
  'alerts.board.current.body': 'Os alertas serão listados aqui assim que o centro de comando os emitir.',
  'alerts.board.device.title': 'Alertas neste dispositivo',
  'alerts.board.device.body': 'Poderá receber alertas neste dispositivo, mesmo com esta página fechada.',
  'alerts.emergency.title': 'Em caso de emergência',
  'alerts.emergency.body': 'Em Hengqin ligue 110 (polícia), 119 (bombeiros) ou 120 (ambulância). Em Macau ligue 999.',

  'notPermitted.title': 'Acesso não permitido',
  'notPermitted.body': 'A sua função ({role}) não dá acesso a esta página.',
  'notPermitted.home': 'Ir para a sua página inicial',

  'notFound.title': 'Página não encontrada',
  'notFound.body': 'Não existe nenhuma página neste endereço.',
  'notFound.home': 'Ir para a página de entrada',
};
