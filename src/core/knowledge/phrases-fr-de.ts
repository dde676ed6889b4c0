/**
 * The phrase library in French and German, for Belgian and border-region teams: one line per card of phrases.ts,
 * keyed `<kind>.<topic>.<n>` (the card's id without its language), written by the same method (understanding in the
 * "I" form, the apology on behalf of the organisation and never with a "but", a concrete next step and moment), in
 * our own words rather than translated word for word.
 *
 * Each line comes in the polite form (`vous` / `Sie`, the default in French and German customer service) and the
 * familiar one (`tu` / `du`, for teams and customers who use it). Same template grammar as phrases.ts; French
 * `{day}` is "aujourd'hui" / "demain" / "lundi", German `{day}` carries its preposition ("heute", "morgen",
 * "am Montag"), so cards write "{day} à {time}" and "{day} um {time}".
 */
export interface ForeignLine {
  fr: { vous: string; tu: string };
  de: { Sie: string; du: string };
}

// French typography: a no-break space before : ; ? ! (renderCard drops an ordinary space there).
const fr = (text: string) => text.replace(/ ([:;?!])/g, '\u00a0$1');
const line = (frVous: string, frTu: string, deSie: string, deDu: string): ForeignLine => ({
  fr: { vous: fr(frVous), tu: fr(frTu) },
  de: { Sie: deSie, du: deDu },
});

export const foreignLines: Readonly<Record<string, ForeignLine>> = {
  // Empathy (000, 001, 003)
  'empathy.anger.1': line(
    'Je comprends tout à fait que vous soyez en colère[, {name}]. Cela n’aurait jamais dû se passer ainsi.',
    'Je comprends tout à fait que tu sois en colère[, {name}]. Cela n’aurait jamais dû se passer ainsi.',
    'Ich kann Ihren Ärger gut verstehen[, {name}]. So hätte es nicht laufen dürfen.',
    'Ich kann deinen Ärger gut verstehen[, {name}]. So hätte es nicht laufen dürfen.',
  ),
  'empathy.anger.2': line(
    'Je peux bien imaginer votre colère[, {name}] ; à votre place, j’aurais réagi de la même façon.',
    'Je peux bien imaginer ta colère[, {name}] ; à ta place, j’aurais réagi de la même façon.',
    'Ich kann mir gut vorstellen, wie sehr Sie das ärgert[, {name}]; an Ihrer Stelle ginge es mir genauso.',
    'Ich kann mir gut vorstellen, wie sehr dich das ärgert[, {name}]; an deiner Stelle ginge es mir genauso.',
  ),
  'empathy.anger.3': line(
    'Je comprends parfaitement que vous soyez furieux[, {name}]. N’importe qui le serait, moi compris.',
    'Je comprends parfaitement que tu sois furieux[, {name}]. N’importe qui le serait, moi compris.',
    'Ich verstehe vollkommen, dass Sie wütend sind[, {name}]. Das wäre jeder, ich auch.',
    'Ich verstehe vollkommen, dass du wütend bist[, {name}]. Das wäre jeder, ich auch.',
  ),
  'empathy.anger.4': line(
    'Je comprends que vous ne vous sentiez pas pris au sérieux[, {name}]. Devoir se plaindre une nouvelle fois mettrait n’importe qui en colère.',
    'Je comprends que tu ne te sentes pas pris au sérieux[, {name}]. Devoir se plaindre une nouvelle fois mettrait n’importe qui en colère.',
    'Ich kann gut verstehen, dass Sie sich nicht ernst genommen fühlen[, {name}]. Sich erneut beschweren zu müssen, würde jeden ärgern.',
    'Ich kann gut verstehen, dass du dich nicht ernst genommen fühlst[, {name}]. Sich erneut beschweren zu müssen, würde jeden ärgern.',
  ),
  'empathy.frustration.1': line(
    'C’est vraiment agaçant d’avoir dû faire autant de démarches[, {name}]. Je comprends votre frustration.',
    'C’est vraiment agaçant d’avoir dû faire autant de démarches[, {name}]. Je comprends ta frustration.',
    'Das ist wirklich ärgerlich, dass Sie sich so viel Mühe machen mussten[, {name}]. Ich verstehe Ihren Frust gut.',
    'Das ist wirklich ärgerlich, dass du dir so viel Mühe machen musstest[, {name}]. Ich verstehe deinen Frust gut.',
  ),
  'empathy.frustration.2': line(
    'Je comprends combien c’est frustrant de devoir réexpliquer le problème encore et encore[, {name}].',
    'Je comprends combien c’est frustrant de devoir réexpliquer le problème encore et encore[, {name}].',
    'Ich kann verstehen, wie frustrierend es ist, das Problem immer wieder erklären zu müssen[, {name}].',
    'Ich kann verstehen, wie frustrierend es ist, das Problem immer wieder erklären zu müssen[, {name}].',
  ),
  'empathy.frustration.3': line(
    'Je comprends que vous rencontriez le même problème depuis un bon moment[, {name}]. Ce serait frustrant pour n’importe qui.',
    'Je comprends que tu rencontres le même problème depuis un bon moment[, {name}]. Ce serait frustrant pour n’importe qui.',
    'Ich kann gut nachvollziehen, dass Sie schon länger mit demselben Problem zu tun haben[, {name}]. Das wäre für jeden frustrierend.',
    'Ich kann gut nachvollziehen, dass du schon länger mit demselben Problem zu tun hast[, {name}]. Das wäre für jeden frustrierend.',
  ),
  'empathy.disappointment.1': line(
    'Je comprends votre déception[, {name}] : vous étiez en droit d’attendre mieux de notre part.',
    'Je comprends ta déception[, {name}] : tu étais en droit d’attendre mieux de notre part.',
    'Ich verstehe Ihre Enttäuschung[, {name}]: Sie durften zu Recht mehr von uns erwarten.',
    'Ich verstehe deine Enttäuschung[, {name}]: Du durftest zu Recht mehr von uns erwarten.',
  ),
  'empathy.disappointment.2': line(
    'Ce n’est pas l’expérience que nous voulons vous offrir[, {name}], et je comprends bien que ce soit décevant.',
    'Ce n’est pas l’expérience que nous voulons t’offrir[, {name}], et je comprends bien que ce soit décevant.',
    'So sollte Ihre Erfahrung mit uns nicht aussehen[, {name}], und ich kann gut verstehen, dass das enttäuschend ist.',
    'So sollte deine Erfahrung mit uns nicht aussehen[, {name}], und ich kann gut verstehen, dass das enttäuschend ist.',
  ),
  'empathy.disappointment.3': line(
    'Je comprends que le résultat soit loin de ce que vous attendiez[, {name}]. C’est une vraie déception, surtout après tout ce temps chez nous.',
    'Je comprends que le résultat soit loin de ce que tu attendais[, {name}]. C’est une vraie déception, surtout après tout ce temps chez nous.',
    'Ich kann gut verstehen, dass das Ergebnis weit hinter Ihren Erwartungen zurückbleibt[, {name}]. Das ist enttäuschend, gerade nach so langer Zeit bei uns.',
    'Ich kann gut verstehen, dass das Ergebnis weit hinter deinen Erwartungen zurückbleibt[, {name}]. Das ist enttäuschend, gerade nach so langer Zeit bei uns.',
  ),
  'empathy.worry.1': line(
    'Je comprends que cette incertitude vous pèse[, {name}], et que vous vouliez savoir rapidement où vous en êtes.',
    'Je comprends que cette incertitude te pèse[, {name}], et que tu veuilles savoir rapidement où tu en es.',
    'Ich kann gut verstehen, dass Sie diese Ungewissheit belastet[, {name}] und Sie schnell wissen möchten, woran Sie sind.',
    'Ich kann gut verstehen, dass dich diese Ungewissheit belastet[, {name}] und du schnell wissen möchtest, woran du bist.',
  ),
  'empathy.worry.2': line(
    'Votre inquiétude est tout à fait compréhensible[, {name}]. Je fais le nécessaire pour que vous ayez une réponse claire au plus vite.',
    'Ton inquiétude est tout à fait compréhensible[, {name}]. Je fais le nécessaire pour que tu aies une réponse claire au plus vite.',
    'Ich kann Ihre Sorge gut verstehen[, {name}]. Ich sorge dafür, dass Sie so schnell wie möglich Klarheit bekommen.',
    'Ich kann deine Sorge gut verstehen[, {name}]. Ich sorge dafür, dass du so schnell wie möglich Klarheit bekommst.',
  ),
  'empathy.worry.3': line(
    'Je peux imaginer que cela vous préoccupe[, {name}] ; ce serait exactement pareil pour moi.',
    'Je peux imaginer que cela te préoccupe[, {name}] ; ce serait exactement pareil pour moi.',
    'Ich kann mir vorstellen, dass Sie das beschäftigt[, {name}]; mir ginge es genauso.',
    'Ich kann mir vorstellen, dass dich das beschäftigt[, {name}]; mir ginge es genauso.',
  ),
  'empathy.none.1': line(
    'Je comprends que vous souhaitiez y voir clair[, {name}].',
    'Je comprends que tu souhaites y voir clair[, {name}].',
    'Ich kann gut verstehen, dass Sie hier gern Klarheit hätten[, {name}].',
    'Ich kann gut verstehen, dass du hier gern Klarheit hättest[, {name}].',
  ),
  'empathy.none.2': line(
    'Je comprends bien que vous nous en parliez[, {name}] ; je regarde cela volontiers avec vous.',
    'Je comprends bien que tu nous en parles[, {name}] ; je regarde cela volontiers avec toi.',
    'Ich verstehe gut, dass Sie sich damit an uns wenden[, {name}]; ich schaue mir das gern mit Ihnen an.',
    'Ich verstehe gut, dass du dich damit an uns wendest[, {name}]; ich schaue mir das gern mit dir an.',
  ),

  // Apology on behalf of the organisation (001), without "but"
  'apology.anger.1': line(
    'Au nom de toute l’équipe[ de {organisation}], je vous présente nos sincères excuses : cela n’aurait jamais dû arriver.',
    'Au nom de toute l’équipe[ de {organisation}], je te présente nos sincères excuses : cela n’aurait jamais dû arriver.',
    'Im Namen des ganzen Teams[ von {organisation}] entschuldige ich mich aufrichtig: Das hätte nie passieren dürfen.',
    'Im Namen des ganzen Teams[ von {organisation}] entschuldige ich mich aufrichtig bei dir: Das hätte nie passieren dürfen.',
  ),
  'apology.anger.2': line(
    'Nous sommes vraiment désolés d’en être arrivés là[, {name}]. Au nom de toute l’entreprise, je vous présente nos excuses.',
    'Nous sommes vraiment désolés d’en être arrivés là[, {name}]. Au nom de toute l’entreprise, je te présente nos excuses.',
    'Es tut uns aufrichtig leid, was Sie erlebt haben[, {name}]. Im Namen des ganzen Unternehmens bitte ich Sie um Entschuldigung.',
    'Es tut uns aufrichtig leid, was du erlebt hast[, {name}]. Im Namen des ganzen Unternehmens bitte ich dich um Entschuldigung.',
  ),
  'apology.anger.3': line(
    'Toutes nos excuses de vous obliger à nous recontacter à ce sujet[, {name}] ; cela n’aurait pas dû être nécessaire.',
    'Toutes nos excuses de t’obliger à nous recontacter à ce sujet[, {name}] ; cela n’aurait pas dû être nécessaire.',
    'Entschuldigen Sie bitte, dass Sie sich deswegen noch einmal melden mussten[, {name}]; das hätte nicht nötig sein dürfen.',
    'Entschuldige bitte, dass du dich deswegen noch einmal melden musstest[, {name}]; das hätte nicht nötig sein dürfen.',
  ),
  'apology.frustration.1': line(
    'Nous sommes désolés que vous ayez dû faire autant de démarches[, {name}]. Nous aurions dû vous l’épargner.',
    'Nous sommes désolés que tu aies dû faire autant de démarches[, {name}]. Nous aurions dû te l’épargner.',
    'Es tut uns leid, dass Sie so viel Aufwand hatten[, {name}]. Das hätten wir Ihnen ersparen müssen.',
    'Es tut uns leid, dass du so viel Aufwand hattest[, {name}]. Das hätten wir dir ersparen müssen.',
  ),
  'apology.frustration.2': line(
    'Toutes nos excuses pour les désagréments que cela vous a causés[, {name}].',
    'Toutes nos excuses pour les désagréments que cela t’a causés[, {name}].',
    'Wir entschuldigen uns für all die Umstände, die Ihnen das bereitet hat[, {name}].',
    'Wir entschuldigen uns für all die Umstände, die dir das bereitet hat[, {name}].',
  ),
  'apology.frustration.3': line(
    'Je suis désolé que vous ayez attendu si longtemps une vraie solution[, {name}]. C’est de notre fait, pas du vôtre.',
    'Je suis désolé que tu aies attendu si longtemps une vraie solution[, {name}]. C’est de notre fait, pas du tien.',
    'Es tut mir leid, dass Sie so lange auf eine echte Lösung gewartet haben[, {name}]. Das liegt bei uns, nicht bei Ihnen.',
    'Es tut mir leid, dass du so lange auf eine echte Lösung gewartet hast[, {name}]. Das liegt bei uns, nicht bei dir.',
  ),
  'apology.disappointment.1': line(
    'Nous regrettons de ne pas avoir été à la hauteur de vos attentes[, {name}].',
    'Nous regrettons de ne pas avoir été à la hauteur de tes attentes[, {name}].',
    'Es tut uns leid, dass wir Ihre Erwartungen nicht erfüllt haben[, {name}].',
    'Es tut uns leid, dass wir deine Erwartungen nicht erfüllt haben[, {name}].',
  ),
  'apology.disappointment.2': line(
    'Au nom de l’entreprise, je vous présente mes excuses[, {name}] : vous méritiez mieux.',
    'Au nom de l’entreprise, je te présente mes excuses[, {name}] : tu méritais mieux.',
    'Im Namen des Unternehmens entschuldige ich mich bei Ihnen[, {name}]: Sie hätten Besseres verdient.',
    'Im Namen des Unternehmens entschuldige ich mich bei dir[, {name}]: Du hättest Besseres verdient.',
  ),
  'apology.disappointment.3': line(
    'Nous[ chez {organisation}] regrettons sincèrement la tournure des choses, et nous vous présentons nos excuses.',
    'Nous[ chez {organisation}] regrettons sincèrement la tournure des choses, et nous te présentons nos excuses.',
    'Wir[ bei {organisation}] bedauern sehr, wie das gelaufen ist, und entschuldigen uns dafür bei Ihnen.',
    'Wir[ bei {organisation}] bedauern sehr, wie das gelaufen ist, und entschuldigen uns dafür bei dir.',
  ),
  'apology.worry.1': line(
    'Nous sommes désolés que cela vous laisse dans l’incertitude[, {name}].',
    'Nous sommes désolés que cela te laisse dans l’incertitude[, {name}].',
    'Es tut uns leid, dass Sie dadurch im Ungewissen sind[, {name}].',
    'Es tut uns leid, dass du dadurch im Ungewissen bist[, {name}].',
  ),
  'apology.worry.2': line(
    'Toutes nos excuses de ne pas vous avoir donné une réponse claire plus tôt[, {name}] ; nous aurions dû le faire.',
    'Toutes nos excuses de ne pas t’avoir donné une réponse claire plus tôt[, {name}] ; nous aurions dû le faire.',
    'Entschuldigen Sie, dass wir Ihnen nicht früher Klarheit gegeben haben[, {name}]; das hätten wir tun sollen.',
    'Entschuldige, dass wir dir nicht früher Klarheit gegeben haben[, {name}]; das hätten wir tun sollen.',
  ),
  'apology.worry.3': line(
    'Je suis désolé que cela vous inquiète[, {name}]. Nous aurions dû vous informer plus tôt.',
    'Je suis désolé que cela t’inquiète[, {name}]. Nous aurions dû t’informer plus tôt.',
    'Es tut mir leid, dass Ihnen das Sorgen macht[, {name}]. Wir hätten Sie früher informieren müssen.',
    'Es tut mir leid, dass dir das Sorgen macht[, {name}]. Wir hätten dich früher informieren müssen.',
  ),
  'apology.none.1': line(
    'Nous sommes désolés que les choses ne se soient pas passées comme vous pouviez l’attendre[, {name}].',
    'Nous sommes désolés que les choses ne se soient pas passées comme tu pouvais l’attendre[, {name}].',
    'Es tut uns leid, dass es nicht so gelaufen ist, wie Sie es erwarten durften[, {name}].',
    'Es tut uns leid, dass es nicht so gelaufen ist, wie du es erwarten durftest[, {name}].',
  ),
  'apology.none.2': line(
    'Au nom de toute l’équipe[ de {organisation}], nous vous présentons nos excuses pour ce désagrément.',
    'Au nom de toute l’équipe[ de {organisation}], nous te présentons nos excuses pour ce désagrément.',
    'Im Namen aller[ bei {organisation}] entschuldigen wir uns für diese unangenehme Erfahrung.',
    'Im Namen aller[ bei {organisation}] entschuldigen wir uns bei dir für diese unangenehme Erfahrung.',
  ),

  // Solving (000): facts, summary, next step, a concrete time; compensation (001)
  'solution.facts.1': line(
    'Je m’en occupe volontiers ; pour bien faire, j’ai d’abord besoin des faits : de quel numéro de commande ou de client s’agit-il, et quand avez-vous remarqué le problème pour la première fois ?',
    'Je m’en occupe volontiers ; pour bien faire, j’ai d’abord besoin des faits : de quel numéro de commande ou de client s’agit-il, et quand as-tu remarqué le problème pour la première fois ?',
    'Ich kümmere mich gern darum; dafür brauche ich zuerst die Fakten: Um welche Bestell- oder Kundennummer geht es, und wann ist Ihnen das Problem zum ersten Mal aufgefallen?',
    'Ich kümmere mich gern darum; dafür brauche ich zuerst die Fakten: Um welche Bestell- oder Kundennummer geht es, und wann ist dir das Problem zum ersten Mal aufgefallen?',
  ),
  'solution.summary.1': line(
    'Je résume brièvement, pour être sûr que nous parlons de la même chose : … Est-ce bien cela ?',
    'Je résume brièvement, pour être sûr que nous parlons de la même chose : … C’est bien ça ?',
    'Ich fasse kurz zusammen, damit wir sicher dasselbe meinen: … Stimmt das so?',
    'Ich fasse kurz zusammen, damit wir sicher dasselbe meinen: … Stimmt das so?',
  ),
  'solution.next_step.1': line(
    'Voici ce que je fais maintenant pour vous : {next_step}. Je vais vous contacter à chaque étape pour vous dire où en sont les choses.',
    'Voici ce que je fais maintenant pour toi : {next_step}. Je vais te contacter à chaque étape pour te dire où en sont les choses.',
    'Das mache ich jetzt für Sie: {next_step}. Ich werde mich umgehend melden, sobald ich mehr weiß.',
    'Das mache ich jetzt für dich: {next_step}. Ich werde mich umgehend melden, sobald ich mehr weiß.',
  ),
  'solution.next_step.2': line(
    'Ce que je peux faire pour vous en tout cas, c’est ceci : {next_step}.',
    'Ce que je peux faire pour toi en tout cas, c’est ceci : {next_step}.',
    'Was ich auf jeden Fall für Sie tun kann, ist Folgendes: {next_step}.',
    'Was ich auf jeden Fall für dich tun kann, ist Folgendes: {next_step}.',
  ),
  'solution.time.1': line(
    'Je vais vérifier cela pour vous et je vous rappelle {day} à {time}. Ce moment vous convient-il ?',
    'Je vais vérifier cela pour toi et je te rappelle {day} à {time}. Ce moment te convient ?',
    'Ich prüfe das für Sie und rufe Sie {day} um {time} an. Passt Ihnen dieser Zeitpunkt?',
    'Ich prüfe das für dich und rufe dich {day} um {time} an. Passt dir dieser Zeitpunkt?',
  ),
  'solution.time.2': line(
    'Je vous dis où en sont les choses {day} à {time} au plus tard, même si je n’ai pas encore toutes les réponses.',
    'Je te dis où en sont les choses {day} à {time} au plus tard, même si je n’ai pas encore toutes les réponses.',
    'Spätestens {day} um {time} sage ich Ihnen, wie der Stand ist, auch wenn ich dann noch nicht alles weiß.',
    'Spätestens {day} um {time} sage ich dir, wie der Stand ist, auch wenn ich dann noch nicht alles weiß.',
  ),
  'solution.compensation.1': line(
    'Si nous ne pouvons pas tout réparer, je cherche volontiers avec vous un geste qui compense. Qu’est-ce qui vous semblerait juste ?',
    'Si nous ne pouvons pas tout réparer, je cherche volontiers avec toi un geste qui compense. Qu’est-ce qui te semblerait juste ?',
    'Falls wir das nicht ganz in Ordnung bringen können, überlege ich gern mit Ihnen, was ein fairer Ausgleich wäre. Was würde es für Sie wiedergutmachen?',
    'Falls wir das nicht ganz in Ordnung bringen können, überlege ich gern mit dir, was ein fairer Ausgleich wäre. Was würde es für dich wiedergutmachen?',
  ),

  // Beyond expectation (000 point 4, 004), keyed by customer type (002)
  'beyond.any.1': line(
    'Une fois tout réglé, je vous appellerai dans un mois pour vérifier que tout va toujours bien.',
    'Une fois tout réglé, je t’appellerai dans un mois pour vérifier que tout va toujours bien.',
    'Wenn alles gelöst ist, rufe ich Sie in einem Monat an und frage nach, ob noch alles in Ordnung ist.',
    'Wenn alles gelöst ist, rufe ich dich in einem Monat an und frage nach, ob noch alles in Ordnung ist.',
  ),
  'beyond.active_hater.1': line(
    'Dès que ce sera réparé, je vous appellerai personnellement pour vérifier que tout fonctionne comme il se doit.',
    'Dès que ce sera réparé, je t’appellerai personnellement pour vérifier que tout fonctionne comme il se doit.',
    'Sobald es behoben ist, rufe ich Sie persönlich an und frage nach, ob alles so funktioniert, wie es soll.',
    'Sobald es behoben ist, rufe ich dich persönlich an und frage nach, ob alles so funktioniert, wie es soll.',
  ),
  'beyond.active_hater.2': line(
    'Désormais, je suis votre interlocuteur unique : je suis ce dossier personnellement, vous n’aurez plus à tout réexpliquer.',
    'Désormais, je suis ton interlocuteur unique : je suis ce dossier personnellement, tu n’auras plus à tout réexpliquer.',
    'Ab jetzt bin ich Ihr fester Ansprechpartner: Ich kümmere mich persönlich darum, und Sie müssen nichts mehr von vorn erzählen.',
    'Ab jetzt bin ich dein fester Ansprechpartner: Ich kümmere mich persönlich darum, und du musst nichts mehr von vorn erzählen.',
  ),
  'beyond.extreme_critic.1': line(
    'J’ai transmis votre remarque aux collègues concernés, et je reviendrai personnellement vers vous pour vous dire ce que nous en faisons.',
    'J’ai transmis ta remarque aux collègues concernés, et je reviendrai personnellement vers toi pour te dire ce que nous en faisons.',
    'Ich habe Ihren Hinweis an die zuständigen Kollegen weitergegeben und melde mich persönlich bei Ihnen, was wir daraus machen.',
    'Ich habe deinen Hinweis an die zuständigen Kollegen weitergegeben und melde mich persönlich bei dir, was wir daraus machen.',
  ),
  'beyond.extreme_critic.2': line(
    'J’accorde une attention particulière à votre signalement et je vous tiens informé à chaque étape, pour que vous voyiez que nous agissons vraiment.',
    'J’accorde une attention particulière à ton signalement et je te tiens informé à chaque étape, pour que tu voies que nous agissons vraiment.',
    'Ich gebe Ihrer Meldung besondere Aufmerksamkeit und halte Sie bei jedem Schritt auf dem Laufenden, damit Sie sehen, dass wir wirklich handeln.',
    'Ich gebe deiner Meldung besondere Aufmerksamkeit und halte dich bei jedem Schritt auf dem Laufenden, damit du siehst, dass wir wirklich handeln.',
  ),
  'beyond.loyal_irritated.1': line(
    'Vous êtes client chez nous depuis longtemps et nous y tenons beaucoup ; c’est pourquoi mon responsable vous appellera personnellement.',
    'Tu es client chez nous depuis longtemps et nous y tenons beaucoup ; c’est pourquoi mon responsable t’appellera personnellement.',
    'Sie sind schon lange Kunde bei uns, und das schätzen wir sehr; deshalb wird sich meine Vorgesetzte persönlich melden.',
    'Du bist schon lange Kunde bei uns, und das schätzen wir sehr; deshalb wird sich meine Vorgesetzte persönlich melden.',
  ),
  'beyond.loyal_irritated.2': line(
    'Une fois le problème résolu, nous vous enverrons une carte écrite à la main et une petite attention, en signe de reconnaissance.',
    'Une fois le problème résolu, nous t’enverrons une carte écrite à la main et une petite attention, en signe de reconnaissance.',
    'Sobald alles gelöst ist, schicken wir Ihnen als Zeichen unserer Wertschätzung eine handgeschriebene Karte und eine kleine Aufmerksamkeit.',
    'Sobald alles gelöst ist, schicken wir dir als Zeichen unserer Wertschätzung eine handgeschriebene Karte und eine kleine Aufmerksamkeit.',
  ),
  'beyond.passionate.1': line(
    'Merci de nous le dire aussi franchement. En remerciement, nous vous envoyons une petite attention avec un mot personnel.',
    'Merci de nous le dire aussi franchement. En remerciement, nous t’envoyons une petite attention avec un mot personnel.',
    'Schön, dass Sie uns das so offen sagen. Als Dankeschön schicken wir Ihnen eine kleine Aufmerksamkeit mit einer persönlichen Karte.',
    'Schön, dass du uns das so offen sagst. Als Dankeschön schicken wir dir eine kleine Aufmerksamkeit mit einer persönlichen Karte.',
  ),
  'beyond.passionate.2': line(
    'Votre retour nous aide vraiment. J’aimerais vous appeler personnellement pour savoir ce que nous pouvons faire de plus pour vous.',
    'Ton retour nous aide vraiment. J’aimerais t’appeler personnellement pour savoir ce que nous pouvons faire de plus pour toi.',
    'Ihre Rückmeldung hilft uns wirklich weiter. Gern rufe ich Sie persönlich an, um zu hören, was wir noch für Sie tun können.',
    'Deine Rückmeldung hilft uns wirklich weiter. Gern rufe ich dich persönlich an, um zu hören, was wir noch für dich tun können.',
  ),

  // Thanks (004)
  'thanks.complaint.1': line(
    'Merci de nous l’avoir signalé[, {name}]. C’est la seule façon pour nous de corriger le tir et de faire mieux.',
    'Merci de nous l’avoir signalé[, {name}]. C’est la seule façon pour nous de corriger le tir et de faire mieux.',
    'Danke, dass Sie uns darauf aufmerksam machen[, {name}]. Nur so können wir es in Ordnung bringen und besser machen.',
    'Danke, dass du uns darauf aufmerksam machst[, {name}]. Nur so können wir es in Ordnung bringen und besser machen.',
  ),
  'thanks.complaint.2': line(
    'Merci pour votre réclamation[, {name}] : c’est précieux que vous ayez pris la peine de nous écrire.',
    'Merci pour ta réclamation[, {name}] : c’est précieux que tu aies pris la peine de nous écrire.',
    'Vielen Dank für Ihre Beschwerde[, {name}]: Schön, dass Sie sich die Mühe gemacht haben, uns das zu schreiben.',
    'Vielen Dank für deine Beschwerde[, {name}]: Schön, dass du dir die Mühe gemacht hast, uns das zu schreiben.',
  ),
  'thanks.question.1': line(
    'Merci pour votre message[, {name}].',
    'Merci pour ton message[, {name}].',
    'Vielen Dank für Ihre Nachricht[, {name}].',
    'Vielen Dank für deine Nachricht[, {name}].',
  ),
  'thanks.question.2': line(
    'Merci pour votre question[, {name}] ; c’est un plaisir d’avoir de vos nouvelles.',
    'Merci pour ta question[, {name}] ; ça fait plaisir d’avoir de tes nouvelles.',
    'Danke für Ihre Frage[, {name}]; schön, von Ihnen zu hören.',
    'Danke für deine Frage[, {name}]; schön, von dir zu hören.',
  ),

  // Feedback (004; 002 summary point 9)
  'feedback.complaint.1': line(
    'Puis-je vous poser encore une question : selon vous, qu’aurions-nous pu faire mieux ? Votre réponse nous aide à éviter cela à l’avenir.',
    'Je peux te poser encore une question : selon toi, qu’aurions-nous pu faire mieux ? Ta réponse nous aide à éviter cela à l’avenir.',
    'Darf ich Sie noch etwas fragen: Was hätten wir aus Ihrer Sicht besser machen können? Ihre Antwort hilft uns, so etwas künftig zu vermeiden.',
    'Darf ich dich noch etwas fragen: Was hätten wir aus deiner Sicht besser machen können? Deine Antwort hilft uns, so etwas künftig zu vermeiden.',
  ),
  'feedback.complaint.2': line(
    'Avez-vous des idées pour que nous gérions mieux ce genre de situation la prochaine fois ? Je serais ravi de les entendre.',
    'As-tu des idées pour que nous gérions mieux ce genre de situation la prochaine fois ? Je serais ravi de les entendre.',
    'Haben Sie Tipps, wie wir so etwas beim nächsten Mal besser machen können? Ich höre sie gern.',
    'Hast du Tipps, wie wir so etwas beim nächsten Mal besser machen können? Ich höre sie gern.',
  ),
  'feedback.question.1': line(
    'Comment pourrions-nous encore améliorer notre service ? N’hésitez pas à nous le dire.',
    'Comment pourrions-nous encore améliorer notre service ? N’hésite pas à nous le dire.',
    'Wie können wir unseren Service noch besser machen? Sagen Sie es uns gern.',
    'Wie können wir unseren Service noch besser machen? Sag es uns gern.',
  ),
};
