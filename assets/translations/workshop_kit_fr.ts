<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/help/about.py" line="+117"/>
        <location line="+3"/>
        <source>About Workshop Kit</source>
        <translation>À propos de Workshop Kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+81"/>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workshop Kit</source>
        <translation>Workshop Kit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offline toolkit for community workshops on gender-based violence and gender equality: discussion guides, anonymous before-and-after surveys and printable handouts. It never connects to the internet.</source>
        <translation>Une boîte à outils hors ligne pour les ateliers communautaires sur les violences basées sur le genre et l&apos;égalité de genre&#xa0;: guides de discussion, questionnaires anonymes avant et après, documents à imprimer. Elle ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free software under the GNU General Public License, version 3 or later. The fonts and libraries it carries are listed under Licences.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure. Les polices et bibliothèques qu&apos;il contient sont listées sous Licences.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data folder (workshops, settings, curricula):</source>
        <translation>Votre dossier de données (ateliers, paramètres, programmes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the data folder in the file manager</source>
        <translation>Afficher le dossier de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log records what went wrong (never answers, codes or times); send it to whoever helps you with Workshop Kit</source>
        <translation>Le journal enregistre ce qui n&apos;a pas fonctionné (jamais les réponses, les codes ni les heures)&#x202f;; envoyez-le à la personne qui vous aide avec Workshop Kit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Built with Qt for Python {qt} on Python {python}.</source>
        <translation>Réalisé avec Qt for Python {qt} sous Python {python}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The data folder could not be created: {error}</source>
        <translation>Impossible de créer le dossier de données&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The folder could not be opened here. Its path is shown above: select it to copy it into your file manager.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert ici. Son chemin est affiché ci-dessus&#xa0;: sélectionnez-le pour le copier dans votre gestionnaire de fichiers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The log folder could not be created: {error}</source>
        <translation>Impossible de créer le dossier du journal&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log folder could not be opened here. It is: {folder}</source>
        <translation>Le dossier du journal n&apos;a pas pu être ouvert ici. Son emplacement&#xa0;: {folder}</translation>
    </message>
</context>
<context>
    <name>BarsWidget</name>
    <message>
        <location filename="../../workshop_kit/ui/results/bars.py" line="+52"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: not shown, fewer than {k}</source>
        <translation>{label}&#xa0;: non affiché, moins de {k}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {disagree}% disagree, {agree}% agree</source>
        <translation>{label}&#xa0;: {disagree}&#x202f;% pas d&apos;accord, {agree}&#x202f;% d&apos;accord</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not shown: fewer than {k}</source>
        <translation>non affiché&#xa0;: moins de {k}</translation>
    </message>
</context>
<context>
    <name>CentrePage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+199"/>
        <source>Your centre</source>
        <translation>Votre centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Its name is printed on every handout.</source>
        <translation>Facultatif. Son nom est imprimé sur chaque document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Centre name:</source>
        <translation>&amp;Nom du centre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. East Amman Community Centre</source>
        <translation>p. ex. Centre communautaire d&apos;Amman-Est</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it empty to print no name. A logo can be added on the Settings page.</source>
        <translation>Laissez vide pour n&apos;imprimer aucun nom. Un logo peut être ajouté dans la page Paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: the facilitator PIN is needed.</source>
        <translation>Non enregistré&#xa0;: le code PIN des facilitateurs est nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer le nom&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ChangeCodeDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/key_dialogs.py" line="+115"/>
        <source>Change the unlock code</source>
        <translation>Modifier le code de déverrouillage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The old unlock code stops working as soon as you press OK.</source>
        <translation>L&apos;ancien code de déverrouillage cesse de fonctionner dès que vous appuyez sur OK.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/pin_change.py" line="+49"/>
        <source>Change the facilitator PIN</source>
        <translation>Modifier le code PIN des facilitateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the current PIN, then the new one (6 to 8 digits) twice.</source>
        <translation>Tapez le code PIN actuel, puis deux fois le nouveau (6 à 8 chiffres).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Current PIN:</source>
        <translation>Code PIN actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN:</source>
        <translation>Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again:</source>
        <translation>Confirmer le nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer le code PIN&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/code_entry.py" line="+62"/>
        <source>This is your new unlock code. Write it down on paper now, and keep the paper where only the facilitators of this centre can find it. Workshop Kit asks for it whenever someone opens the survey answers.</source>
        <translation>Voici votre nouveau code de déverrouillage. Notez-le maintenant sur papier et rangez ce papier là où seuls les facilitateurs de ce centre peuvent le trouver. Workshop Kit le demande chaque fois que quelqu&apos;un ouvre les réponses aux questionnaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock code</source>
        <translation>Code de déverrouillage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a &amp;different code</source>
        <translation>Afficher un code &amp;différent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unlock code, typed back</source>
        <translation>Code de déverrouillage, saisi à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the code back from your paper:</source>
        <translation>Recopiez le code depuis votre papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose my own &amp;passphrase instead (at least 20 characters)</source>
        <translation>Choisir plutôt ma propre &amp;phrase secrète (au moins 20 caractères)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Phrase secrète, à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type the code from your paper to go on.</source>
        <translation>Saisissez le code noté sur votre papier pour continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is not the code shown. Check what you wrote down, then type it again.</source>
        <translation>Ce n&apos;est pas le code affiché. Vérifiez ce que vous avez noté, puis saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A passphrase needs at least 20 characters (or a code of at least 12 digits). A few unrelated words make a good one.</source>
        <translation>Une phrase secrète doit compter au moins 20 caractères (ou un code d&apos;au moins 12 chiffres). Quelques mots sans rapport entre eux en font une bonne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes. Saisissez la même deux fois.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+260"/>
        <source>Where to get help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional. Local services, printed on every handout.</source>
        <translation>Facultatif. Des services locaux, imprimés sur chaque document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every handout prints these in a “where to get help” box. Add real local services (shelter, legal aid, health, a hotline) with their opening hours. Workshop Kit never invents contacts: until you add them, handouts say to ask the facilitator. Names in other languages can be added on the Settings page.</source>
        <translation>Chaque document les imprime dans un encadré «&#xa0;Où trouver de l&apos;aide&#xa0;». Ajoutez de vrais services locaux (hébergement d&apos;urgence, aide juridique, santé, ligne d&apos;écoute) avec leurs horaires. Workshop Kit n&apos;invente jamais de contacts&#xa0;: tant que vous n&apos;en ajoutez pas, les documents invitent à s&apos;adresser à l&apos;équipe de facilitation. Les noms dans d&apos;autres langues peuvent être ajoutés dans la page Paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of the service</source>
        <translation>Nom du service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opening hours</source>
        <translation>Horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add another contact</source>
        <translation>&amp;Ajouter un autre contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another contact</source>
        <translation>Ajouter un autre contact</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not saved: the facilitator PIN is needed.</source>
        <translation>Non enregistré&#xa0;: le code PIN des facilitateurs est nécessaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contacts could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer les contacts&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../workshop_kit/ui/errors.py" line="+139"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop Kit met a problem it did not expect. What was already saved is safe, and you can carry on.</source>
        <translation>Workshop Kit a rencontré un problème inattendu. Ce qui était déjà enregistré est en sécurité, et vous pouvez continuer.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/results/export_dialog.py" line="+38"/>
        <source>Export survey results</source>
        <translation>Exporter les résultats des questionnaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to export</source>
        <translation>Contenu à exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results report (PDF)</source>
        <translation>Rapport de résultats (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheet: responses, summary, codebook (XLSX)</source>
        <translation>Classeur&#xa0;: réponses, synthèse, dictionnaire des codes (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses, one row each (CSV)</source>
        <translation>Réponses, une ligne chacune (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPSS syntax for the CSV (.sps)</source>
        <translation>Syntaxe SPSS pour le CSV (.sps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codebook: items, options and codes (CSV)</source>
        <translation>Dictionnaire des codes&#xa0;: questions, options et codes (CSV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data bundle to merge on another laptop</source>
        <translation>Lot de données à fusionner sur un autre ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of labels</source>
        <translation>Langue des libellés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option labels instead of codes</source>
        <translation>Libellés des options au lieu des codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the lead&apos;s key file (.wkkey)…</source>
        <translation>Choisir le fichier de clé du responsable (.wkkey)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Individual-level data: asks for the facilitator PIN. It holds no names and no match codes.</source>
        <translation>Données individuelles&#xa0;: le code PIN des facilitateurs est demandé. Elles ne contiennent ni noms ni codes d&apos;appariement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Numbers based on fewer than {k} responses are left out.</source>
        <translation>Les chiffres fondés sur moins de {k} réponses sont omis.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This laptop has no programme lead key yet, so it cannot make a data bundle: a bundle is always sealed to the lead&apos;s key, so that only the lead can open it. Ask the programme lead for their key file (.wkkey).</source>
        <translation>Cet ordinateur n&apos;a pas encore de clé du responsable du programme&#xa0;: il ne peut donc pas créer de lot de données. Un lot est toujours scellé avec la clé du responsable, pour que seul le responsable puisse l&apos;ouvrir. Demandez au responsable du programme son fichier de clé (.wkkey).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle is sealed to the programme lead&apos;s key and signed by this laptop: only the lead can open it, and this laptop cannot read it back.
Lead key fingerprint:
{fingerprint}</source>
        <translation>Le lot de données est scellé avec la clé du responsable du programme et signé par cet ordinateur&#xa0;: seul le responsable peut l&apos;ouvrir, et cet ordinateur ne peut pas le relire.
Empreinte de la clé du responsable&#xa0;:
{fingerprint}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the lead&apos;s key file</source>
        <translation>Choisir le fichier de clé du responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead key files (*.wkkey)</source>
        <translation>Fichiers de clé du responsable (*.wkkey)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the programme lead&apos;s key?</source>
        <translation>Ajouter la clé du responsable du programme&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of this lead key:

{fingerprint}

Read it back with the programme lead (on the phone, say) before adding it. This laptop&apos;s bundles will be sealed to this key, and the lead can also open this laptop&apos;s data with it if the unlock code is lost.</source>
        <translation>Empreinte de cette clé du responsable&#xa0;:

{fingerprint}

Vérifiez-la avec le responsable du programme (par téléphone, par exemple) avant de l&apos;ajouter. Les lots de données de cet ordinateur seront scellés avec cette clé, et le responsable pourra aussi ouvrir avec elle les données de cet ordinateur si le code de déverrouillage est perdu.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} is not a programme lead&apos;s key file; nothing was changed. The lead&apos;s file ends in .wkkey (the .wkprivate file stays with the lead).</source>
        <translation>{file} n&apos;est pas un fichier de clé de responsable du programme&#x202f;; rien n&apos;a été modifié. Le fichier du responsable se termine par .wkkey (le fichier .wkprivate reste chez le responsable).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save export as</source>
        <translation>Enregistrer l&apos;export sous</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workshop_kit/ui/results/filters.py" line="+28"/>
        <source>Curriculum</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop language</source>
        <translation>Langue de l&apos;atelier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Survey</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Curriculum</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ite</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+50"/>
        <source>Set up Workshop Kit</source>
        <extracomment>the interface language just saved (a language code such as &quot;ar&quot;)</extracomment>
        <translation>Configurer Workshop Kit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip setup</source>
        <translation>&amp;Ignorer la configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip setup</source>
        <translation>Ignorer la configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this setup and save nothing from this page on</source>
        <translation>Fermer la configuration sans rien enregistrer à partir de cette page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A facilitator PIN is set. Enter it to save changes to what every handout prints.</source>
        <translation>Un code PIN des facilitateurs est défini. Saisissez-le pour enregistrer les modifications de ce qui est imprimé sur chaque document.</translation>
    </message>
</context>
<context>
    <name>GroupFilter</name>
    <message>
        <location filename="../../workshop_kit/ui/results/group_filter.py" line="+27"/>
        <source>Gr&amp;oup</source>
        <translation>Gr&amp;oupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Respondent group</source>
        <translation>Groupe de répondants</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: {option}</source>
        <translation>{item}&#xa0;: {option}</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../workshop_kit/ui/results/group_view.py" line="+37"/>
        <source>Survey results for the group</source>
        <translation>Résultats du questionnaire pour le groupe</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>→ next   ← back   F full screen   Esc close</source>
        <translation>→ suivant   ← précédent   F plein écran   Esc fermer</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../workshop_kit/ui/results/cards.py" line="+82"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responses: {pre} before, {post} after</source>
        <translation>Réponses&#xa0;: {pre} avant, {post} après</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agreeing (of those who answered): {pre} before, {post} after</source>
        <translation>D&apos;accord (parmi les répondants)&#xa0;: {pre} avant, {post} après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefer not to answer: {pre} before, {post} after</source>
        <translation>Préfère ne pas répondre&#xa0;: {pre} avant, {post} après</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scale position: </source>
        <translation>Position sur l&apos;échelle&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share agreeing, in points: </source>
        <translation>Part d&apos;accord, en points&#xa0;: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show to the group</source>
        <translation>Montrer au groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show to the group: {item}</source>
        <translation>Montrer au groupe&#xa0;: {item}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too few people to show this question to the group safely</source>
        <translation>Trop peu de personnes pour montrer cette question au groupe sans risque</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shown to the group as agree / not agree only: too few people to show each answer safely</source>
        <translation>Montrée au groupe uniquement en d&apos;accord / pas d&apos;accord&#xa0;: trop peu de personnes pour montrer chaque réponse sans risque</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/setup_dialog.py" line="+73"/>
        <source>Protect the survey answers</source>
        <translation>Protéger les réponses aux questionnaires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The survey answers are protected</source>
        <translation>Les réponses aux questionnaires sont protégées</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+112"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The survey answers will be stored encrypted</source>
        <translation>Les réponses aux questionnaires seront enregistrées chiffrées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop Kit stores every survey answer encrypted, so that no one who takes the laptop or copies its files can read them. One unlock code opens them: you will write it down now. A recovery sheet, or your programme lead&apos;s key, opens them if the code is ever lost.</source>
        <translation>Workshop Kit enregistre toutes les réponses aux questionnaires sous forme chiffrée, pour que personne ne puisse les lire en prenant l&apos;ordinateur ou en copiant ses fichiers. Un seul code de déverrouillage les ouvre&#xa0;: vous allez le noter maintenant. Une feuille de récupération, ou la clé de votre responsable du programme, les ouvre si le code est un jour perdu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The kiosk keeps saving answers without the code; you need it to see workshops and results. This takes a few minutes and a pen and paper.</source>
        <translation>Le kiosque de questionnaire continue d&apos;enregistrer les réponses sans le code&#x202f;; il vous faut le code pour voir les ateliers et les résultats. Cela prend quelques minutes&#x202f;; prévoyez un stylo et du papier.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Does your programme lead give you a key file (a name ending in .wkkey)?</source>
        <translation>Votre responsable du programme vous fournit-il un fichier de clé (dont le nom se termine par .wkkey)&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;No: print a recovery sheet for this laptop instead</source>
        <translation>&amp;Non&#xa0;: imprimer plutôt une feuille de récupération pour cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Yes: use the programme lead&apos;s key file</source>
        <translation>&amp;Oui&#xa0;: utiliser le fichier de clé du responsable du programme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose the key file…</source>
        <translation>&amp;Choisir le fichier de clé…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fingerprint of the lead&apos;s key</source>
        <translation>Empreinte de la clé du responsable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setting up the keys</source>
        <translation>Configuration des clés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Encrypt</source>
        <translation>&amp;Chiffrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the key file first, or answer No.</source>
        <translation>Choisissez d&apos;abord le fichier de clé, ou répondez Non.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The programme lead&apos;s key file</source>
        <translation>Fichier de clé du responsable du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme lead key (*.wkkey)</source>
        <translation>Clé du responsable du programme (*.wkkey)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is not a programme lead&apos;s key file. Ask the lead for the file whose name ends in .wkkey.</source>
        <translation>{name} n&apos;est pas un fichier de clé de responsable du programme. Demandez au responsable le fichier dont le nom se termine par .wkkey.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key file {name}. Read its fingerprint to the programme lead by phone: every group must match the lead&apos;s.</source>
        <translation>Fichier de clé {name}. Lisez son empreinte au responsable du programme par téléphone&#xa0;: chaque groupe doit correspondre à celle du responsable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making the keys and encrypting the survey answers already on this laptop. This can take a few seconds; do not switch the laptop off.</source>
        <translation>Création des clés et chiffrement des réponses aux questionnaires déjà présentes sur cet ordinateur. Cela peut prendre quelques secondes&#x202f;; n&apos;éteignez pas l&apos;ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n workshop(s) on this laptop were encrypted.</source>
        <translation>
            <numerusform>Ateliers chiffrés sur cet ordinateur&#xa0;: %n.</numerusform>
            <numerusform>Ateliers chiffrés sur cet ordinateur&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There were no survey answers on this laptop yet: every answer saved from now on is encrypted.</source>
        <translation>Il n&apos;y avait encore aucune réponse aux questionnaires sur cet ordinateur&#xa0;: chaque réponse enregistrée désormais sera chiffrée.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n file(s) made by a newer version of Workshop Kit were left as they were.</source>
        <translation>
            <numerusform>Fichiers créés par une version plus récente de Workshop Kit, laissés tels quels&#xa0;: %n.</numerusform>
            <numerusform>Fichiers créés par une version plus récente de Workshop Kit, laissés tels quels&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your programme lead&apos;s key can open the answers if the unlock code is lost: no recovery sheet is needed. Keep the unlock code you wrote down.</source>
        <translation>La clé de votre responsable du programme peut ouvrir les réponses si le code de déverrouillage est perdu&#xa0;: aucune feuille de récupération n&apos;est nécessaire. Conservez le code de déverrouillage que vous avez noté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The keys were made, but encrypting the survey answers stopped: {error} Nothing is lost: Workshop Kit finishes encrypting at its next start, with the unlock code you wrote down. Print a recovery sheet from Settings then.</source>
        <translation>Les clés ont été créées, mais le chiffrement des réponses aux questionnaires s&apos;est arrêté&#xa0;: {error} Rien n&apos;est perdu&#xa0;: Workshop Kit terminera le chiffrement à son prochain démarrage, avec le code de déverrouillage que vous avez noté. Imprimez ensuite une feuille de récupération depuis les Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keys could not be made: {error} Nothing was changed. Fix the problem and press Encrypt to try again.</source>
        <translation>Impossible de créer les clés&#xa0;: {error} Rien n&apos;a été modifié. Corrigez le problème et appuyez sur Chiffrer pour réessayer.</translation>
    </message>
</context>
<context>
    <name>KeysBox</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/keys_box.py" line="+61"/>
        <source>Encryption keys</source>
        <translation>Clés de chiffrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change &amp;unlock code…</source>
        <translation>Modifier le code de &amp;déverrouillage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a new recovery &amp;sheet…</source>
        <translation>Imprimer une nouvelle &amp;feuille de récupération…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add the programme lead&apos;s key…</source>
        <translation>&amp;Ajouter la clé du responsable du programme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Make a programme lead key…</source>
        <translation>&amp;Créer une clé de responsable du programme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the programme lead&apos;s own computer: makes the key files to hand out</source>
        <translation>Pour l&apos;ordinateur du responsable du programme&#xa0;: crée les fichiers de clé à distribuer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working on the keys</source>
        <translation>Traitement des clés en cours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not set up yet: the survey answers on this laptop are not encrypted.</source>
        <translation>Pas encore configuré&#xa0;: les réponses aux questionnaires de cet ordinateur ne sont pas chiffrées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key files of this laptop cannot be read. Nothing was changed; ask for help before you do anything else with the survey data.</source>
        <translation>Les fichiers de clé de cet ordinateur sont illisibles. Rien n&apos;a été modifié&#x202f;; demandez de l&apos;aide avant de faire quoi que ce soit d&apos;autre avec les données des questionnaires.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laptop fingerprint: {fingerprint}</source>
        <translation>Empreinte de l&apos;ordinateur&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>If the unlock code is lost, the recovery sheet or the programme lead&apos;s key (fingerprint {fingerprint}) opens the data.</source>
        <translation>Si le code de déverrouillage est perdu, la feuille de récupération ou la clé du responsable du programme (empreinte {fingerprint}) ouvre les données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If the unlock code is lost, the programme lead&apos;s key (fingerprint {fingerprint}) opens the data.</source>
        <translation>Si le code de déverrouillage est perdu, la clé du responsable du programme (empreinte {fingerprint}) ouvre les données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the unlock code is lost, the recovery sheet opens the data.</source>
        <translation>Si le code de déverrouillage est perdu, la feuille de récupération ouvre les données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing but the unlock code opens the data: print a recovery sheet or add the programme lead&apos;s key.</source>
        <translation>Seul le code de déverrouillage ouvre les données&#xa0;: imprimez une feuille de récupération ou ajoutez la clé du responsable du programme.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Nothing was changed: the facilitator PIN is needed.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: le code PIN des facilitateurs est nécessaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed: unlock the survey data first.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: déverrouillez d&apos;abord les données des questionnaires.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was changed: {error}</source>
        <translation>Rien n&apos;a été modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the facilitator PIN to change the unlock code.</source>
        <translation>Saisissez le code PIN des facilitateurs pour modifier le code de déverrouillage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock code changed</source>
        <translation>Code de déverrouillage modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new unlock code is in use. The old one no longer opens the data.</source>
        <translation>Le nouveau code de déverrouillage est en service. L&apos;ancien n&apos;ouvre plus les données.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the facilitator PIN to make a new recovery sheet.</source>
        <translation>Saisissez le code PIN des facilitateurs pour créer une nouvelle feuille de récupération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New recovery sheet</source>
        <translation>Nouvelle feuille de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new recovery code is made and shown once, to print. The old recovery sheet stops working at once: shred it afterwards. Make a new sheet?</source>
        <translation>Un nouveau code de récupération est créé et affiché une seule fois, pour être imprimé. L&apos;ancienne feuille de récupération cesse aussitôt de fonctionner&#xa0;: détruisez-la ensuite. Créer une nouvelle feuille&#x202f;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The programme lead&apos;s key file</source>
        <translation>Fichier de clé du responsable du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme lead key (*.wkkey)</source>
        <translation>Clé du responsable du programme (*.wkkey)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the facilitator PIN to add the programme lead&apos;s key.</source>
        <translation>Saisissez le code PIN des facilitateurs pour ajouter la clé du responsable du programme.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a lead key</source>
        <translation>Pas une clé de responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a programme lead&apos;s key file. Nothing was changed. Ask the lead for the file whose name ends in .wkkey.</source>
        <translation>{name} n&apos;est pas un fichier de clé de responsable du programme. Rien n&apos;a été modifié. Demandez au responsable le fichier dont le nom se termine par .wkkey.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read this fingerprint to the programme lead by phone; every group must match the lead&apos;s:

{fingerprint}

Add this key? The lead will then be able to open this laptop&apos;s data if its unlock code is lost.</source>
        <translation>Lisez cette empreinte au responsable du programme par téléphone&#x202f;; chaque groupe doit correspondre à celle du responsable&#xa0;:

{fingerprint}

Ajouter cette clé&#x202f;? Le responsable pourra alors ouvrir les données de cet ordinateur si son code de déverrouillage est perdu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It replaces the lead key added before (fingerprint {fingerprint}).</source>
        <translation>Elle remplace la clé du responsable ajoutée précédemment (empreinte {fingerprint}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the programme lead&apos;s key</source>
        <translation>Ajouter la clé du responsable du programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead key added</source>
        <translation>Clé du responsable ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme lead&apos;s key can now open this laptop&apos;s data.</source>
        <translation>La clé du responsable du programme peut désormais ouvrir les données de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Programme lead key made</source>
        <translation>Clé du responsable du programme créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand out {public} to every laptop of the programme (Settings, Add the programme lead&apos;s key). Keep {private} and its passphrase safe, apart from each other and never on those laptops. Its fingerprint, to read out by phone:

{fingerprint}</source>
        <translation>Distribuez {public} à chaque ordinateur du programme (Paramètres, Ajouter la clé du responsable du programme). Conservez {private} et sa phrase secrète en lieu sûr, séparément l&apos;un de l&apos;autre et jamais sur ces ordinateurs. Son empreinte, à lire par téléphone&#xa0;:

{fingerprint}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/kiosk/window.py" line="+161"/>
        <source>Facilitator: leave the survey (PIN)</source>
        <translation>Facilitateurs&#xa0;: quitter le questionnaire (code PIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the survey</source>
        <translation>Quitter le questionnaire</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>Check before you hand the laptop over</source>
        <translation>Vérifiez avant de remettre l&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AFTER survey (last session)</source>
        <translation>Questionnaire APRÈS (dernière séance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BEFORE survey (first session)</source>
        <translation>Questionnaire AVANT (première séance)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this is the right workshop and survey, press the button and hand the laptop to the first participant. If not, leave with your PIN (⚙ or Esc).</source>
        <translation>Si c&apos;est le bon atelier et le bon questionnaire, appuyez sur le bouton et remettez l&apos;ordinateur à la première personne participante. Sinon, quittez avec votre code PIN (⚙ ou Esc).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: show the survey</source>
        <translation>Tout est prêt&#xa0;: afficher le questionnaire</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>Enter the facilitator PIN to leave the survey.</source>
        <translation>Saisissez le code PIN des facilitateurs pour quitter le questionnaire.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="-483"/>
        <source>Interface language</source>
        <extracomment>Interface languages in the order offered, each named in its own language (never translated).</extracomment>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the menus, buttons and messages.</source>
        <translation>La langue des menus, des boutons et des messages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Workshop Kit. Four short steps set it up for your centre. Each one is optional: press “Skip setup” to start at once. Everything can be changed later on the Settings page.</source>
        <translation>Bienvenue dans Workshop Kit. Quatre courtes étapes le configurent pour votre centre. Chacune est facultative&#xa0;: appuyez sur «&#xa0;Ignorer la configuration&#xa0;» pour commencer tout de suite. Tout peut être modifié plus tard dans la page Paramètres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each workshop has its own language for sessions, surveys and handouts, chosen when you create it. You can change the interface language later on the Settings page.</source>
        <translation>Chaque atelier a sa propre langue pour les séances, les questionnaires et les documents, choisie à sa création. Vous pourrez changer la langue de l&apos;interface plus tard dans la page Paramètres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The language could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer la langue&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>LeadKeyDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/results/sealed_import.py" line="+52"/>
        <source>Open a sealed bundle</source>
        <translation>Ouvrir un lot de données scellé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is sealed to the programme lead&apos;s key. Choose the lead&apos;s private key file (.wkprivate) and type its passphrase to open it.</source>
        <translation>{file} est scellé avec la clé du responsable du programme. Pour l&apos;ouvrir, choisissez le fichier de clé privée du responsable (.wkprivate) et saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+33"/>
        <source>The lead&apos;s private key file</source>
        <translation>Fichier de clé privée du responsable</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase of the lead&apos;s key</source>
        <translation>Phrase secrète de la clé du responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Lead private key files (*.wkprivate)</source>
        <translation>Fichiers de clé privée du responsable (*.wkprivate)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the lead&apos;s private key file (.wkprivate).</source>
        <translation>Choisissez le fichier de clé privée du responsable (.wkprivate).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the passphrase of the lead&apos;s key.</source>
        <translation>Saisissez la phrase secrète de la clé du responsable.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../workshop_kit/ui/library/page.py" line="+57"/>
        <source>Search sessions (Ctrl+F)</source>
        <extracomment>curriculum, session, content language curriculum id, session id, content language (&quot;Print handouts&quot;)</extracomment>
        <translation>Rechercher des séances (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search sessions</source>
        <translation>Rechercher des séances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content language</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Content language:</source>
        <translation>Langue du contenu&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Curricula and sessions</source>
        <translation>Programmes et séances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sessions match your search.</source>
        <translation>Aucune séance ne correspond à votre recherche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open my curricula folder</source>
        <translation>Dossier de mes programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your centre&apos;s own curricula here</source>
        <translation>Ajoutez ici les programmes propres à votre centre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Session guide</source>
        <translation>Guide de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run session…</source>
        <translation>Animer la séance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the activities with a timer (Ctrl+R)</source>
        <translation>Dérouler les activités avec un minuteur (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print handouts…</source>
        <translation>Imprimer les documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the Print page for this session</source>
        <translation>Ouvrir la page Impression pour cette séance</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{number}. {title} ({minutes} min)</source>
        <translation>{number}. {title} ({minutes} min)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n curriculum(s) could not be loaded and are not shown.</source>
        <translation>
            <numerusform>%Ln programme n&apos;a pas pu être chargé et n&apos;est pas affiché.</numerusform>
            <numerusform>%Ln programmes n&apos;ont pas pu être chargés et ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s) found in the curricula (missing translations are shown in the default language).</source>
        <translation>
            <numerusform>%Ln problème trouvé dans les programmes (les traductions manquantes sont affichées dans la langue par défaut).</numerusform>
            <numerusform>%Ln problèmes trouvés dans les programmes (les traductions manquantes sont affichées dans la langue par défaut).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Choose a session on the left to read its guide.</source>
        <translation>Choisissez une séance à gauche pour lire son guide.</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/gate.py" line="+149"/>
        <source>The survey data are locked</source>
        <extracomment>minutes without a key press or click before the data lock by themselves just before the keys are forgotten: stop work that reads the data the data became readable (True) or were locked (False) the keys were set up (the main window builds its data pages again) no keys yet: nothing may be saved until the key setup has run</extracomment>
        <translation>Les données des questionnaires sont verrouillées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers are kept encrypted. Unlock them with the unlock code to see workshops and results. They lock again when a survey starts, when you choose Lock (Ctrl+L), and after {minutes} minutes without use.</source>
        <translation>Les réponses sont conservées chiffrées. Déverrouillez-les avec le code de déverrouillage pour voir les ateliers et les résultats. Elles se verrouillent à nouveau au lancement d&apos;un questionnaire, lorsque vous choisissez Verrouiller (Ctrl+L) et après {minutes} minutes sans utilisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up the unlock code first</source>
        <translation>Configurez d&apos;abord le code de déverrouillage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey answers are always stored encrypted. Before the first workshop, choose how they are protected: an unlock code for everyday use, and a recovery sheet or the programme lead&apos;s key in case it is lost.</source>
        <translation>Les réponses aux questionnaires sont toujours enregistrées chiffrées. Avant le premier atelier, choisissez comment les protéger&#xa0;: un code de déverrouillage pour l&apos;usage quotidien, et une feuille de récupération ou la clé du responsable du programme en cas de perte du code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/main_window.py" line="+91"/>
        <location line="+71"/>
        <source>Workshop Kit</source>
        <extracomment>emitted when the window is first painted on screen emitted once the pages are built and the curricula loaded emitted after the interface language changed (the pages are rebuilt) the survey data&apos;s lock (``ui.keys.gate``), made with the store what the start sealed of a folder made before encryption the start-up check and the listing&apos;s file reads, on workers (``ui.startup``) the sealed store opened here, until its check is done False for a smoke run: a check of the installation leaves the user&apos;s size alone</extracomment>
        <translation>Workshop Kit</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+68"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Loading curricula…</source>
        <translation>Chargement des programmes…</translation>
    </message>
    <message>
        <location line="+303"/>
        <source>Workshop data was repaired</source>
        <translation>Les données des ateliers ont été réparées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some workshop files could not be read when Workshop Kit started. Nothing was deleted:</source>
        <translation>Certains fichiers d&apos;ateliers n&apos;ont pas pu être lus au démarrage de Workshop Kit. Rien n&apos;a été supprimé&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workshop data cannot be saved</source>
        <translation>Impossible d&apos;enregistrer les données des ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop Kit checked its data folder and found a problem:</source>
        <translation>Workshop Kit a vérifié son dossier de données et a trouvé un problème&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock survey data</source>
        <translation>&amp;Verrouiller les données des questionnaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide workshops and results until the unlock code is typed</source>
        <translation>Masquer les ateliers et les résultats jusqu&apos;à la saisie du code de déverrouillage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quick start</source>
        <translation>&amp;Démarrage rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-time &amp;setup…</source>
        <translation>&amp;Configuration initiale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Workshop Kit</source>
        <translation>À &amp;propos de Workshop Kit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>MakeLeadKeyDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/key_dialogs.py" line="+18"/>
        <source>Make a programme lead key</source>
        <translation>Créer une clé de responsable du programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the programme lead&apos;s own computer. This makes two files: the key file (ending in .wkkey), which you hand to every laptop of the programme, and the private file (ending in .wkprivate), which stays with you. With the private file and its passphrase you can open the survey answers of any laptop that added your key, if its unlock code is lost, and read the bundles those laptops send you. Keep both safe and apart: if the private file or the passphrase is lost, so is that way in.</source>
        <translation>Pour l&apos;ordinateur du responsable du programme. Deux fichiers sont créés&#xa0;: le fichier de clé (se terminant par .wkkey), que vous remettez à chaque ordinateur du programme, et le fichier privé (se terminant par .wkprivate), que vous gardez. Avec le fichier privé et sa phrase secrète, vous pouvez ouvrir les réponses aux questionnaires de tout ordinateur ayant ajouté votre clé, si son code de déverrouillage est perdu, et lire les lots de données que ces ordinateurs vous envoient. Conservez-les tous deux en lieu sûr et séparément&#xa0;: si le fichier privé ou la phrase secrète est perdu, cet accès l&apos;est aussi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no folder chosen)</source>
        <translation>(aucun dossier choisi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save in:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase (at least 20 characters):</source>
        <translation>Phrase secrète (au moins 20 caractères)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Phrase secrète, à nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where to save the lead key</source>
        <translation>Où enregistrer la clé du responsable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the folder to save the key files in.</source>
        <translation>Choisissez le dossier où enregistrer les fichiers de clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use only letters a to z, digits, - and _ in the file name.</source>
        <translation>Utilisez uniquement les lettres a à z, des chiffres, - et _ dans le nom du fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} already exists there. Choose another name: replacing a lead key would lock out every laptop that uses it.</source>
        <translation>{file} existe déjà à cet endroit. Choisissez un autre nom&#xa0;: remplacer une clé du responsable bloquerait l&apos;accès de chaque ordinateur qui l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase needs at least 20 characters.</source>
        <translation>La phrase secrète doit compter au moins 20 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes. Saisissez la même deux fois.</translation>
    </message>
</context>
<context>
    <name>MatchAudit</name>
    <message>
        <location filename="../../workshop_kit/ui/results/audit_view.py" line="+24"/>
        <source>fewer than {k}</source>
        <translation>moins de {k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matched: {pre} of before responses, {post} of after responses</source>
        <translation>Appariées&#xa0;: {pre} des réponses avant, {post} des réponses après</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In the {open} of {workshops} workshops still open: {tolerant} pairs matched with one differing code element; ambiguous (never paired): {apre} before, {apost} after</source>
        <translation>Dans les ateliers encore ouverts ({open} sur {workshops})&#xa0;: {tolerant} paires appariées avec un élément du code différent&#x202f;; ambigus (jamais appariés)&#xa0;: {apre} avant, {apost} après</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} before (0–100): matched {matched}, not matched {unmatched}, difference {difference}</source>
        <translation>{name} avant (0–100)&#xa0;: réponses appariées {matched}, non appariées {unmatched}, différence {difference}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How well before and after were matched</source>
        <translation>Qualité de l&apos;appariement avant/après</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Match audit</source>
        <translation>Audit de l&apos;appariement</translation>
    </message>
</context>
<context>
    <name>PaperEntryWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/paper/window.py" line="+75"/>
        <source>Key each form twice and compare</source>
        <translation>Saisir chaque formulaire deux fois et comparer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the number of the ticked answer (1 = first answer on the form), 0 for “prefer not to answer”, nothing for a blank. Enter moves on; Ctrl+S saves the form.</source>
        <translation>Tapez le numéro de la réponse cochée (1 = première réponse du formulaire), 0 pour «&#xa0;préfère ne pas répondre&#xa0;», rien pour une réponse vide. Entrée passe à la suite&#x202f;; Ctrl+S enregistre le formulaire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Match code</source>
        <translation>Code d&apos;appariement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save form (Ctrl+S)</source>
        <translation>Enregistrer le formulaire (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type 1 to {count}, or 0 for “prefer not to answer”.</source>
        <translation>Tapez un chiffre de 1 à {count}, ou 0 pour «&#xa0;préfère ne pas répondre&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A letter goes here, not a number.</source>
        <translation>Il faut une lettre ici, pas un chiffre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits only here.</source>
        <translation>Uniquement des chiffres ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two digits at most.</source>
        <translation>Deux chiffres au maximum.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Forms saved: {count}</source>
        <translation>Formulaires enregistrés&#xa0;: {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Second keying: type the same form again.</source>
        <translation>Deuxième saisie&#xa0;: tapez à nouveau le même formulaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First keying of this form.</source>
        <translation>Première saisie de ce formulaire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} answer(s) differ between the two keyings (marked in red). Check them against the paper form, correct them, then save again.</source>
        <translation>{count} réponse(s) diffèrent entre les deux saisies (en rouge). Vérifiez-les sur le formulaire papier, corrigez-les, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer le formulaire&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form saved. Key the next form.</source>
        <translation>Formulaire enregistré. Saisissez le suivant.</translation>
    </message>
</context>
<context>
    <name>PinBox</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/pin_box.py" line="+31"/>
        <source>Facilitator PIN</source>
        <translation>Code PIN des facilitateurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgot the PIN? Use the &amp;recovery code…</source>
        <translation>Code PIN oublié&#x202f;? Utiliser le code de &amp;récupération…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New recovery &amp;code…</source>
        <translation>Nouveau &amp;code de récupération…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace a lost recovery code; the PIN is needed, the old code stops working</source>
        <translation>Remplacer un code de récupération perdu&#x202f;; le code PIN est nécessaire et l&apos;ancien code cesse de fonctionner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No PIN yet. Workshop Kit asks for one when it is first needed.</source>
        <translation>Pas encore de code PIN. Workshop Kit en demandera un la première fois qu&apos;il sera nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN is set, but it has no recovery code yet: make one now and keep it on paper in the office.</source>
        <translation>Un code PIN est défini, mais il n&apos;a pas encore de code de récupération&#xa0;: créez-en un maintenant et conservez-le sur papier au bureau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIN is set.</source>
        <translation>Un code PIN est défini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose a PIN…</source>
        <translation>C&amp;hoisir un code PIN…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hange the PIN…</source>
        <translation>&amp;Modifier le code PIN…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN changed</source>
        <translation>Code PIN modifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new PIN is in use now.</source>
        <translation>Le nouveau code PIN est maintenant en service.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+22"/>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Enter the facilitator PIN to make a new recovery code:</source>
        <translation>Saisissez le code PIN des facilitateurs pour créer un nouveau code de récupération&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new recovery code</source>
        <translation>Aucun nouveau code de récupération</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down this recovery code now and keep it in the office, away from the laptop. It is shown only this once; the old code no longer works.</source>
        <translation>Notez ce code de récupération maintenant et conservez-le au bureau, loin de l&apos;ordinateur. Il n&apos;est affiché que cette fois-ci&#x202f;; l&apos;ancien code ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/kiosk/pin_dialog.py" line="+54"/>
        <source>This PIN repeats one digit or a short group of digits; choose another.</source>
        <translation>Ce code PIN répète un chiffre ou un petit groupe de chiffres&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PIN is a run of digits, such as 123456; choose another.</source>
        <translation>Ce code PIN est une suite de chiffres, comme 123456&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PIN is a common pattern that is easy to guess; choose another.</source>
        <translation>Ce code PIN est une combinaison courante, facile à deviner&#x202f;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN needs 6 to 8 digits.</source>
        <translation>Le code PIN doit comporter 6 à 8 chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN file is damaged or missing. Nothing protected by the PIN can be done until a facilitator sets a new PIN with the recovery code that was shown when the PIN was first chosen.</source>
        <translation>Le fichier du code PIN est endommagé ou introuvable. Rien de ce que protège le code PIN n&apos;est possible tant qu&apos;un membre de l&apos;équipe de facilitation n&apos;a pas défini un nouveau code PIN avec le code de récupération affiché lors du premier choix du code PIN.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Too many wrong tries. Try again in {minutes} minutes.</source>
        <translation>Trop d&apos;essais erronés. Réessayez dans {minutes} minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong PIN. {tries} tries left before the PIN is locked.</source>
        <translation>Code PIN incorrect. Essais restants avant le verrouillage du code PIN&#xa0;: {tries}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write down this recovery code now and keep it in the office, away from the laptop. It is shown only this once. With it a facilitator can set a new PIN when the PIN is forgotten or its file is damaged.</source>
        <translation>Notez ce code de récupération maintenant et conservez-le au bureau, loin de l&apos;ordinateur. Il n&apos;est affiché que cette fois-ci. Grâce à lui, un membre de l&apos;équipe de facilitation pourra définir un nouveau code PIN si le code PIN est oublié ou si son fichier est endommagé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it &amp;down</source>
        <translation>Je l&apos;ai &amp;noté</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The two new PINs are not the same.</source>
        <translation>Les deux nouveaux codes PIN ne sont pas identiques.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+7"/>
        <source>Facilitator PIN</source>
        <translation>Code PIN des facilitateurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forgot the PIN?</source>
        <translation>Code PIN &amp;oublié&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new PIN with the recovery code</source>
        <translation>Définir un nouveau code PIN avec le code de récupération</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Too many wrong tries. Try again in {seconds} seconds.</source>
        <translation>Trop d&apos;essais erronés. Réessayez dans {seconds} secondes.</translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <location filename="../../workshop_kit/ui/pin_guard.py" line="+51"/>
        <source>PIN file damaged or missing</source>
        <translation>Fichier du code PIN endommagé ou introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press OK to type the recovery code now.</source>
        <translation>Appuyez sur OK pour saisir le code de récupération maintenant.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+104"/>
        <source>Facilitator PIN</source>
        <translation>Code PIN des facilitateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional now: Workshop Kit asks for it when it is first needed.</source>
        <translation>Facultatif pour l&apos;instant&#xa0;: Workshop Kit le demandera la première fois qu&apos;il sera nécessaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PIN guards leaving the survey kiosk, so participants cannot see other answers or leave the survey by accident, and everything that can hurt: exporting raw data, importing, deleting or closing workshops and what handouts print. Choose 6 to 8 digits that are not easy to guess and share them only among the facilitators.</source>
        <translation>Le code PIN protège la sortie du kiosque de questionnaire, pour que les personnes participantes ne puissent ni voir les autres réponses ni quitter le questionnaire par erreur, ainsi que tout ce qui peut causer du tort&#xa0;: l&apos;export des données brutes, l&apos;import, la suppression ou la clôture d&apos;ateliers et ce qu&apos;impriment les documents. Choisissez 6 à 8 chiffres difficiles à deviner et ne les communiquez qu&apos;au sein de l&apos;équipe de facilitation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;urrent PIN:</source>
        <translation>Code PIN &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN &amp;again:</source>
        <translation>&amp;Confirmer le code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>Confirmer le code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN problem</source>
        <translation>Problème de code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A PIN is set. Leave the boxes empty to keep it; to change it, type the current PIN and the new one twice.</source>
        <translation>Un code PIN est défini. Laissez les cases vides pour le conserver&#x202f;; pour le modifier, tapez le code PIN actuel puis deux fois le nouveau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery code: {code}
Write it down now and keep it in the office, away from the laptop; it is shown only this once. With it a facilitator can set a new PIN when the PIN is forgotten or its file is damaged. Press Next when it is written down.</source>
        <translation>Code de récupération&#xa0;: {code}
Notez-le maintenant et conservez-le au bureau, loin de l&apos;ordinateur&#x202f;; il n&apos;est affiché que cette fois-ci. Grâce à lui, un membre de l&apos;équipe de facilitation pourra définir un nouveau code PIN si le code PIN est oublié ou si son fichier est endommagé. Appuyez sur «&#xa0;Suivant&#xa0;» une fois qu&apos;il est noté.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type it in both boxes, or leave both empty to choose it later.</source>
        <translation>Tapez-le dans les deux cases, ou laissez-les vides toutes les deux pour le choisir plus tard.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Leave both boxes empty to choose the PIN later.</source>
        <translation>Laissez les deux cases vides pour choisir le code PIN plus tard.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The two PINs are not the same. Type the same PIN in both boxes.</source>
        <translation>Les deux codes PIN ne sont pas identiques. Tapez le même code dans les deux cases.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer le code PIN&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/run/presenter.py" line="+28"/>
        <source>Presenter view — {title}</source>
        <translation>Vue présentateur — {title}</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../workshop_kit/ui/printing/page.py" line="+73"/>
        <source>Participant handout</source>
        <translation>Document pour les participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator guide</source>
        <translation>Guide de facilitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper survey form</source>
        <translation>Questionnaire papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pack for a workshop</source>
        <translation>Dossier à imprimer pour un atelier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Before (first session)</source>
        <translation>Avant (première séance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After (last session)</source>
        <translation>Après (dernière séance)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Large print (16 pt or more)</source>
        <translation>Gros caractères (16 pt ou plus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey:</source>
        <translation>Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+108"/>
        <source>Copies:</source>
        <translation>Copies&#xa0;:</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print… (Ctrl+P)</source>
        <translation>Imprimer… (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF… (Ctrl+Shift+S)</source>
        <translation>Enregistrer en PDF… (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>(none: blank code boxes)</source>
        <translation>(aucun&#xa0;: cases de code vides)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a workshop for its print pack.</source>
        <translation>Choisissez un atelier pour son dossier à imprimer.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Building…</source>
        <translation>Préparation…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s), ready to print or save.</source>
        <translation>
            <numerusform>%Ln page, prête à imprimer ou à enregistrer.</numerusform>
            <numerusform>%Ln pages, prêtes à imprimer ou à enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot build this document: {reason}</source>
        <translation>Impossible de préparer ce document&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../workshop_kit/ui/problems.py" line="+49"/>
        <source>{sentence}
Details: {detail}</source>
        <translation>{sentence}
Détails&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%n response(s)</source>
        <translation>%n réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file of the workshop at {site} on {day} was damaged. It was moved to {quarantined_to} and the newest good backup ({backup}, {responses}) was restored. The most recent changes may be missing.</source>
        <translation>Le fichier de l&apos;atelier de {site} du {day} était endommagé. Il a été déplacé vers {quarantined_to} et la dernière sauvegarde intacte ({backup}, {responses}) a été restaurée. Les modifications les plus récentes peuvent manquer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The workshop file {file} was damaged and no good backup was found. It was moved to {quarantined_to}, unchanged, and is not listed until it is repaired.</source>
        <translation>Le fichier d&apos;atelier {file} était endommagé et aucune sauvegarde intacte n&apos;a été trouvée. Il a été déplacé tel quel vers {quarantined_to} et n&apos;apparaît pas dans la liste tant qu&apos;il n&apos;est pas réparé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This workshop is no longer on this laptop: it may have been deleted. The Workshops page lists the workshops that are here.</source>
        <translation>Cet atelier n&apos;est plus sur cet ordinateur&#xa0;: il a peut-être été supprimé. La page Ateliers liste les ateliers présents ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workshop was saved by a newer version of Workshop Kit. Update Workshop Kit to open it; the file has not been changed.</source>
        <translation>Cet atelier a été enregistré par une version plus récente de Workshop Kit. Mettez à jour Workshop Kit pour l&apos;ouvrir&#x202f;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This workshop&apos;s file is damaged and could not be read. Nothing was deleted: restart Workshop Kit to move it aside and restore its newest good backup.</source>
        <translation>Le fichier de cet atelier est endommagé et n&apos;a pas pu être lu. Rien n&apos;a été supprimé&#xa0;: redémarrez Workshop Kit pour le mettre de côté et restaurer sa dernière sauvegarde intacte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the site (a place, not a person).</source>
        <translation>Indiquez le lieu (un endroit, pas une personne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site may have at most {most} characters.</source>
        <translation>Le lieu peut comporter au plus {most} caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The site may hold only letters, digits, spaces and punctuation.</source>
        <translation>Le lieu ne peut contenir que des lettres, des chiffres, des espaces et de la ponctuation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facilitator initials are up to {most} letters, never a name.</source>
        <translation>Les initiales des facilitateurs comptent au plus {most} lettres, jamais un nom.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Update Workshop Kit on this laptop, then import the bundle again.</source>
        <translation>Mettez à jour Workshop Kit sur cet ordinateur, puis importez à nouveau le lot de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask for a new export from the laptop it came from.</source>
        <translation>Demandez un nouvel export à partir de l&apos;ordinateur d&apos;où provient ce lot de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{sentence} {advice}</source>
        <translation>{sentence} {advice}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In workshop {workshop}, response {response} has an answer to question &apos;{item}&apos; that is not one of its options.</source>
        <translation>Dans l&apos;atelier {workshop}, la réponse n°&#xa0;{response} contient, pour la question «&#xa0;{item}&#xa0;», un choix qui ne figure pas parmi les options de cette question.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In workshop {workshop}, response {response} answers a question &apos;{item}&apos; that the survey does not have.</source>
        <translation>Dans l&apos;atelier {workshop}, la réponse n°&#xa0;{response} porte sur une question «&#xa0;{item}&#xa0;» qui n&apos;existe pas dans le questionnaire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In workshop {workshop}, response {response} has no answers at all.</source>
        <translation>Dans l&apos;atelier {workshop}, la réponse n°&#xa0;{response} ne répond à aucune question.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In workshop {workshop}, response {response} is to a survey other than the workshop&apos;s.</source>
        <translation>Dans l&apos;atelier {workshop}, la réponse n°&#xa0;{response} correspond à un autre questionnaire que celui de l&apos;atelier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In workshop {workshop}, response {response} is dated outside the workshop ({first} to {last}).</source>
        <translation>Dans l&apos;atelier {workshop}, la réponse n°&#xa0;{response} est datée en dehors de la période de l&apos;atelier (du {first} au {last}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop {workshop} uses the survey &apos;{instrument}&apos;, which this laptop does not have.</source>
        <translation>L&apos;atelier {workshop} utilise le questionnaire «&#xa0;{instrument}&#xa0;», qui n&apos;est pas présent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workshop {workshop} uses version {version} of the survey &apos;{instrument}&apos;, newer than the version {installed} this Workshop Kit has.</source>
        <translation>L&apos;atelier {workshop} utilise la version {version} du questionnaire «&#xa0;{instrument}&#xa0;», plus récente que la version {installed} présente dans Workshop Kit sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop {workshop} uses version {version} of the survey &apos;{instrument}&apos;; this laptop has only version {installed}, so its answers cannot be checked.</source>
        <translation>L&apos;atelier {workshop} utilise la version {version} du questionnaire «&#xa0;{instrument}&#xa0;»&#x202f;; cet ordinateur ne dispose que de la version {installed}, ses réponses ne peuvent donc pas être vérifiées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop {workshop} is dated {day}, which cannot be right (a day from {earliest} to {latest} is expected).</source>
        <translation>L&apos;atelier {workshop} est daté du {day}, ce qui ne peut pas être exact (la date attendue se situe entre le {earliest} et le {latest}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop {workshop} was closed on {closed_day}, before its day {day}.</source>
        <translation>L&apos;atelier {workshop} a été clôturé le {closed_day}, avant même sa date ({day}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop {workshop} holds {count} responses of one phase but expected {expected} people; at most {most} are plausible.</source>
        <translation>L&apos;atelier {workshop} contient {count} réponses pour une même phase (avant ou après) alors que {expected} personnes étaient attendues&#x202f;; au plus {most} sont plausibles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The before-and-after matching of workshop {workshop} does not fit its responses.</source>
        <translation>L&apos;appariement avant/après de l&apos;atelier {workshop} ne correspond pas à ses réponses.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/library/problems_dialog.py" line="+18"/>
        <source>Content problems</source>
        <translation>Problèmes de contenu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These problems were found in the curricula files. A curriculum with errors is not shown in the Library; fix the file named on each line, then restart or check it with &apos;workshop-kit validate&apos;.</source>
        <translation>Ces problèmes ont été trouvés dans les fichiers des programmes. Un programme comportant des erreurs n&apos;est pas affiché dans la Bibliothèque&#x202f;; corrigez le fichier indiqué sur chaque ligne, puis redémarrez ou vérifiez-le avec «&#xa0;workshop-kit validate&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/help/quick_start.py" line="+39"/>
        <location line="+4"/>
        <source>Quick start</source>
        <translation>Démarrage rapide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The quick start could not be read: {error}</source>
        <translation>Impossible de lire le démarrage rapide&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/pin_change.py" line="+19"/>
        <source>Set a new PIN with the recovery code</source>
        <translation>Définir un nouveau code PIN avec le code de récupération</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recovery code was shown once when the PIN was first chosen, to be kept on paper in the office. Type it (dashes and spaces do not matter), then a new PIN of 6 to 8 digits twice.</source>
        <translation>Le code de récupération a été affiché une seule fois, lors du premier choix du code PIN, pour être conservé sur papier au bureau. Tapez-le (les tirets et les espaces ne comptent pas), puis deux fois un nouveau code PIN de 6 à 8 chiffres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recovery code:</source>
        <translation>Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN:</source>
        <translation>Nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again:</source>
        <translation>Confirmer le nouveau code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer le code PIN&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That recovery code is not right. Check it against the paper copy.</source>
        <translation>Ce code de récupération n&apos;est pas le bon. Comparez-le avec la copie papier.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/results/page.py" line="+62"/>
        <source>Results</source>
        <extracomment>workshops were added by an import (the Workshops page refreshes)</extracomment>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show to the &amp;group…</source>
        <translation>Montrer au &amp;groupe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen items&apos; bars, large, for a projector (F5)</source>
        <translation>Barres des questions choisies, en grand, pour un projecteur (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report, spreadsheet, SPSS or data bundle (Ctrl+E)</source>
        <translation>Rapport, classeur, SPSS ou lot de données (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge data from another laptop (Ctrl+I)</source>
        <translation>Fusionner les données d&apos;un autre ordinateur (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Results by item</source>
        <translation>Résultats par question</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{workshops} workshops · {pre} responses before, {post} after · {pairs} matched pairs · unmatched: {upre} before, {upost} after · numbers based on fewer than {k} responses are hidden, and every count is adjusted a little so that no one can be singled out</source>
        <translation>{workshops} ateliers · {pre} réponses avant, {post} après · {pairs} paires appariées · non appariées&#xa0;: {upre} avant, {upost} après · les chiffres fondés sur moins de {k} réponses sont masqués, et chaque effectif est légèrement ajusté pour que personne ne puisse être reconnu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Scores and indicators</source>
        <translation>Scores et indicateurs</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>This export holds every response, one row each. It has no names and no match codes, but it is individual-level data: keep the file safe and delete it when it is no longer needed. Enter the facilitator PIN to continue.</source>
        <translation>Cet export contient toutes les réponses, une ligne chacune. Il ne contient ni noms ni codes d&apos;appariement, mais ce sont des données individuelles&#xa0;: conservez le fichier en lieu sûr et supprimez-le quand il n&apos;est plus utile. Saisissez le code PIN des facilitateurs pour continuer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing {file} adds its workshops and responses to this laptop. Enter the facilitator PIN to continue.</source>
        <translation>L&apos;import de {file} ajoute ses ateliers et ses réponses à cet ordinateur. Saisissez le code PIN des facilitateurs pour continuer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved {path}: {summary}</source>
        <translation>{path} enregistré&#xa0;: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a data bundle</source>
        <translation>Importer un lot de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop Kit bundles (*.wkbundle)</source>
        <translation>Lots Workshop Kit (*.wkbundle)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} was not imported and nothing changed: {reason}</source>
        <translation>{file} n&apos;a pas été importé et rien n&apos;a changé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{added} workshops added, {merged} merged, {present} already here, {rejected} rejected; {responses} responses added.</source>
        <translation>{added} ateliers ajoutés, {merged} fusionnés, {present} déjà présents, {rejected} refusés&#x202f;; {responses} réponses ajoutées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some workshops were not imported</source>
        <translation>Certains ateliers n&apos;ont pas été importés</translation>
    </message>
</context>
<context>
    <name>RunWindow</name>
    <message>
        <location filename="../../workshop_kit/ui/run/window.py" line="+66"/>
        <source>Running: {title}</source>
        <translation>En cours&#xa0;: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Time left in this activity</source>
        <translation>Temps restant pour cette activité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous activity (Ctrl+Left)</source>
        <translation>Activité précédente (Ctrl+Left)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start or pause the timer (Space)</source>
        <translation>Démarrer ou mettre en pause le minuteur (Espace)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next activity (Ctrl+Right)</source>
        <translation>Activité suivante (Ctrl+Right)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart timer</source>
        <translation>Relancer le minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the questions on a projector (F5)</source>
        <translation>Afficher les questions sur un projecteur (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current activity</source>
        <translation>Activité en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator notes</source>
        <translation>Notes de facilitation</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session: {spent} of {total} min</source>
        <translation>Séance&#xa0;: {spent} sur {total} min</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Stop the session?</source>
        <translation>Arrêter la séance&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timer will stop and the presenter view will close.</source>
        <translation>Le minuteur s&apos;arrêtera et la vue présentateur se fermera.</translation>
    </message>
</context>
<context>
    <name>ScoresTable</name>
    <message>
        <location filename="../../workshop_kit/ui/results/cards.py" line="+25"/>
        <source>Score or indicator</source>
        <translation>Score ou indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired change</source>
        <translation>Variation appariée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (score 0–100)</source>
        <translation>{name} (score de 0 à 100)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reliability (Cronbach&apos;s alpha)</source>
        <translation>Fiabilité (alpha de Cronbach)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes to at least one: {stem}</source>
        <translation>Oui à au moins une&#xa0;: {stem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scores and indicators</source>
        <translation>Scores et indicateurs</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+17"/>
        <source>fewer than {k}</source>
        <translation>moins de {k}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{mean} (n = {n})</source>
        <translation>{mean} (n = {n})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>alpha {alpha} (n {n})</source>
        <translation>alpha {alpha} (n {n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>too few responses</source>
        <translation>trop peu de réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few questions</source>
        <translation>trop peu de questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not defined (the totals do not vary)</source>
        <translation>non défini (les totaux ne varient pas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cronbach&apos;s alpha: how consistently people answered this score&apos;s questions, from those who answered all of them (the nearer to 1, the more consistent). Shown from {n} such people; n is adjusted like every count.</source>
        <translation>Alpha de Cronbach&#xa0;: la cohérence des réponses aux questions de ce score, chez les personnes qui ont répondu à toutes (plus il est proche de 1, plus elles sont cohérentes). Affiché à partir de {n} personnes&#xa0;; n est ajusté comme chaque effectif.</translation>
    </message>
</context>
<context>
    <name>SealedImport</name>
    <message>
        <location filename="../../workshop_kit/ui/results/sealed_import.py" line="+57"/>
        <source>The passphrase does not open {key}. Nothing was imported; try again.</source>
        <translation>La phrase secrète n&apos;ouvre pas {key}. Rien n&apos;a été importé&#x202f;; réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{key} is not a programme lead&apos;s private key file. Nothing was imported.</source>
        <translation>{key} n&apos;est pas un fichier de clé privée de responsable du programme. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was not imported and nothing changed: {reason}</source>
        <translation>{file} n&apos;a pas été importé et rien n&apos;a changé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} comes from a laptop this computer has not met before. Its fingerprint is:

{fingerprint}

Ask whoever sent the bundle to read you the fingerprint their laptop showed when it saved the bundle (on the phone, say). Only if every digit matches, enter the facilitator PIN to trust this laptop and import the bundle.</source>
        <translation>{file} provient d&apos;un ordinateur que celui-ci ne connaît pas encore. Son empreinte est&#xa0;:

{fingerprint}

Demandez à la personne qui a envoyé le lot de données de vous lire l&apos;empreinte affichée par son ordinateur lors de l&apos;enregistrement du lot (par téléphone, par exemple). Seulement si chaque chiffre correspond, saisissez le code PIN des facilitateurs pour faire confiance à cet ordinateur et importer le lot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} was imported before (it was made on {day}); nothing new was imported.</source>
        <translation>{file} a déjà été importé (il a été créé le {day})&#x202f;; rien de nouveau n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} is an old-format bundle: it is neither sealed nor signed, so nobody can vouch for where it came from or that it was not changed on the way. Import it only if you know who made it. It cannot add responses to a workshop that is already closed here. Enter the facilitator PIN to import it anyway.</source>
        <translation>{file} est un lot de données à l&apos;ancien format&#xa0;: il n&apos;est ni scellé ni signé, donc personne ne peut garantir sa provenance ni qu&apos;il n&apos;a pas été modifié en chemin. Importez-le seulement si vous savez qui l&apos;a créé. Il ne peut pas ajouter de réponses à un atelier déjà clôturé ici. Saisissez le code PIN des facilitateurs pour l&apos;importer malgré tout.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/kiosk/pin_dialog.py" line="+120"/>
        <source>Choose a facilitator PIN</source>
        <translation>Choisir le code PIN des facilitateurs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PIN guards the survey screen, raw data, imports and deleting workshops. Choose 6 to 8 digits that are hard to guess (not 123456 or 111111) and share them only among the facilitators.</source>
        <translation>Le code PIN protège l&apos;écran du questionnaire, les données brutes, les imports et la suppression d&apos;ateliers. Choisissez 6 à 8 chiffres difficiles à deviner (ni 123456 ni 111111) et ne les communiquez qu&apos;au sein de l&apos;équipe de facilitation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PIN:</source>
        <translation>Code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again:</source>
        <translation>Confirmer le code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A PIN is already set. Change it on the Settings page.</source>
        <translation>Un code PIN est déjà défini. Modifiez-le dans la page Paramètres.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer le code PIN&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/labels.py" line="+20"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running a session</source>
        <translation>Animation d&apos;une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content language</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn this many seconds before an activity ends</source>
        <translation>Avertir ce nombre de secondes avant la fin d&apos;une activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide numbers based on fewer than this many responses</source>
        <translation>Masquer les chiffres fondés sur moins de réponses que ce nombre</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/settings/page.py" line="+83"/>
        <source>Your centre (printed on every handout)</source>
        <translation>Votre centre (imprimé sur chaque document)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. East Amman Community Centre</source>
        <translation>p. ex. Centre communautaire d&apos;Amman-Est</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre name:</source>
        <translation>Nom du centre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logo (optional):</source>
        <translation>Logo (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Local help contacts</source>
        <translation>Contacts d&apos;aide locaux</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Every handout prints these in a “where to get help” box. Add real local services (shelter, legal aid, health, a hotline) with their opening hours. Workshop Kit never invents contacts: until you add them, handouts say to ask the facilitator.</source>
        <translation>Chaque document les imprime dans un encadré «&#xa0;Où trouver de l&apos;aide&#xa0;». Ajoutez de vrais services locaux (hébergement d&apos;urgence, aide juridique, santé, ligne d&apos;écoute) avec leurs horaires. Workshop Kit n&apos;invente jamais de contacts&#xa0;: tant que vous n&apos;en ajoutez pas, les documents invitent à s&apos;adresser à l&apos;équipe de facilitation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Arabic)</source>
        <translation>Nom (arabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (English)</source>
        <translation>Horaires (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (Arabic)</source>
        <translation>Horaires (arabe)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A new interface language applies as soon as you save.</source>
        <translation>Une nouvelle langue d&apos;interface s&apos;applique dès l&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save settings (Ctrl+S)</source>
        <translation>Enregistrer les paramètres (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(no logo)</source>
        <translation>(aucun logo)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These settings change what every handout prints or how small a count the results may show. Enter the facilitator PIN to save them.</source>
        <translation>Ces paramètres modifient ce qui est imprimé sur chaque document ou le plus petit effectif que les résultats peuvent afficher. Saisissez le code PIN des facilitateurs pour les enregistrer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved: the facilitator PIN is needed.</source>
        <translation>Non enregistré&#xa0;: le code PIN des facilitateurs est nécessaire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+47"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The settings could not be saved: {error}</source>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an image</source>
        <translation>Pas une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an image Workshop Kit can read.</source>
        <translation>{name} n&apos;est pas une image que Workshop Kit peut lire.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The logo could not be kept: {error}</source>
        <translation>Impossible de conserver le logo&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>SheetDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/sheet.py" line="+235"/>
        <source>New recovery sheet</source>
        <translation>Nouvelle feuille de récupération</translation>
    </message>
</context>
<context>
    <name>SheetPanel</name>
    <message>
        <location line="-167"/>
        <source>This recovery code opens the survey answers if the unlock code is lost. Print the recovery sheet or save it as PDF (then print it), and keep the paper in a locked drawer in the office, never with the laptop. It is shown only this once.</source>
        <translation>Ce code de récupération ouvre les réponses aux questionnaires si le code de déverrouillage est perdu. Imprimez la feuille de récupération ou enregistrez-la en PDF (puis imprimez-la), et rangez le papier dans un tiroir fermé à clé au bureau, jamais avec l&apos;ordinateur. Il n&apos;est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you lose both the unlock code and this sheet, the survey answers cannot be opened by anyone.</source>
        <translation>Si vous perdez à la fois le code de déverrouillage et cette feuille, personne ne pourra ouvrir les réponses aux questionnaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sheet language:</source>
        <translation>Langue de la feuille&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet language</source>
        <translation>Langue de la feuille</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I have &amp;written the recovery code down</source>
        <translation>J&apos;ai &amp;noté le code de récupération</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save the recovery sheet as PDF</source>
        <translation>Enregistrer la feuille de récupération en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery-sheet.pdf</source>
        <translation>recovery-sheet.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery sheet was not saved: {error}</source>
        <translation>La feuille de récupération n&apos;a pas été enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved as {name}. Print it, then delete the file: anyone who has it can open the survey answers.</source>
        <translation>Enregistrée sous {name}. Imprimez-la, puis supprimez le fichier&#xa0;: toute personne qui le possède peut ouvrir les réponses aux questionnaires.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery sheet</source>
        <translation>Feuille de récupération</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sheet could not be printed.</source>
        <translation>Impossible d&apos;imprimer la feuille.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent to the printer. Check that the page came out whole.</source>
        <translation>Envoyée à l&apos;imprimante. Vérifiez que la page est sortie en entier.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../workshop_kit/ui/shortcuts.py" line="+32"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a session</source>
        <translation>Animer une séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presenter</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey kiosk</source>
        <translation>Kiosque de questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper entry</source>
        <translation>Saisie papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group view</source>
        <translation>Vue de groupe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Go to the Library page</source>
        <extracomment>The contexts in the order the Help dialog shows them (untranslated source text).</extracomment>
        <translation>Aller à la page Bibliothèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Workshops page</source>
        <translation>Aller à la page Ateliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Results page</source>
        <translation>Aller à la page Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Print page</source>
        <translation>Aller à la page Impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the Settings page</source>
        <translation>Aller à la page Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search sessions</source>
        <translation>Rechercher des séances</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Run the chosen session</source>
        <translation>Animer la séance choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print handouts for the session</source>
        <translation>Imprimer les documents de la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the chosen workshop</source>
        <translation>Modifier l&apos;atelier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen workshop</source>
        <translation>Supprimer l&apos;atelier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pack for the workshop</source>
        <translation>Dossier à imprimer pour l&apos;atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the chosen items to the group</source>
        <translation>Montrer les questions choisies au groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a data bundle</source>
        <translation>Importer un lot de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next activity</source>
        <translation>Activité suivante</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>Previous activity</source>
        <translation>Activité précédente</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open the presenter view</source>
        <translation>Ouvrir la vue présentateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the session (asks first)</source>
        <translation>Arrêter la séance (avec confirmation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Full screen on or off</source>
        <translation>Activer ou quitter le plein écran</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the screen (any key returns)</source>
        <translation>Masquer l&apos;écran (une touche le rétablit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the survey (facilitator PIN)</source>
        <translation>Quitter le questionnaire (code PIN des facilitateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the form and start the next</source>
        <translation>Enregistrer le formulaire et passer au suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next item</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous item</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the group view</source>
        <translation>Fermer la vue de groupe</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/help/shortcuts_dialog.py" line="+60"/>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <extracomment>item data role holding the list of separate key sequences of a line</extracomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Keys that work in each part of Workshop Kit.</source>
        <translation>Les touches utilisables dans chaque partie de Workshop Kit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../workshop_kit/ui/storage_errors.py" line="+31"/>
        <source>The disk that holds {path} is full, so workshop data cannot be saved. Everything saved before is unchanged. Free some space on it, then try again.</source>
        <translation>Le disque qui contient {path} est plein, les données des ateliers ne peuvent donc pas être enregistrées. Tout ce qui a été enregistré auparavant est intact. Libérez de l&apos;espace sur ce disque, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Workshop Kit may not write to {path} (the folder or the disk is read-only), so workshop data cannot be saved. Everything saved before is unchanged. Ask whoever looks after this computer to allow writing there, then try again.</source>
        <translation>Workshop Kit n&apos;a pas l&apos;autorisation d&apos;écrire dans {path} (le dossier ou le disque est en lecture seule), les données des ateliers ne peuvent donc pas être enregistrées. Tout ce qui a été enregistré auparavant est intact. Demandez à la personne qui s&apos;occupe de cet ordinateur d&apos;y autoriser l&apos;écriture, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is a file named {path} where Workshop Kit keeps its backups folder, so workshop data cannot be saved. Everything saved before is unchanged. Move or rename that file, then try again.</source>
        <translation>Un fichier nommé {path} occupe l&apos;emplacement du dossier de sauvegardes de Workshop Kit, les données des ateliers ne peuvent donc pas être enregistrées. Tout ce qui a été enregistré auparavant est intact. Déplacez ou renommez ce fichier, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk reported an error at {path}. Everything saved before is unchanged; the last change may not have been saved. Try again; if it keeps happening, check the disk.</source>
        <translation>Le disque a signalé une erreur à l&apos;emplacement {path}. Tout ce qui a été enregistré auparavant est intact&#x202f;; la dernière modification n&apos;a peut-être pas été enregistrée. Réessayez&#x202f;; si le problème se répète, vérifiez le disque.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/unlock_dialog.py" line="+49"/>
        <source>Unlock the survey data</source>
        <extracomment>how the data were opened: &quot;code&quot; or &quot;lead&quot; (the lead&apos;s key file)</extracomment>
        <translation>Déverrouiller les données des questionnaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answers are kept encrypted on this laptop. Type the unlock code to see workshops and results.</source>
        <translation>Les réponses aux questionnaires sont conservées chiffrées sur cet ordinateur. Tapez le code de déverrouillage pour voir les ateliers et les résultats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unlock code</source>
        <translation>Code de déverrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock code:</source>
        <translation>Code de &amp;déverrouillage&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show the code</source>
        <translation>&amp;Afficher le code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening the keys</source>
        <translation>Ouverture des clés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Forgot the code? Type the code on the recovery sheet instead, or ask the programme lead to open the data with their key file.</source>
        <translation>Code oublié&#x202f;? Tapez plutôt le code de la feuille de récupération, ou demandez au responsable du programme d&apos;ouvrir les données avec son fichier de clé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the programme lead&apos;s &amp;key file…</source>
        <translation>Utiliser le fichier de &amp;clé du responsable du programme…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The programme lead&apos;s private key</source>
        <translation>Clé privée du responsable du programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead private key (*.wkprivate)</source>
        <translation>Clé privée du responsable du programme (*.wkprivate)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead key passphrase</source>
        <translation>Phrase secrète de la clé du responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase of this key file:</source>
        <translation>Phrase secrète de ce fichier de clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening the keys…</source>
        <translation>Ouverture des clés…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That passphrase does not open this key file.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce fichier de clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That code does not open the data. Check it against where it was written down: it has 12 digits (the recovery sheet&apos;s has 24).</source>
        <translation>Ce code n&apos;ouvre pas les données. Comparez-le avec l&apos;endroit où il a été noté&#xa0;: il comporte 12 chiffres (celui de la feuille de récupération en comporte 24).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file is not a programme lead&apos;s private key, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas la clé privée d&apos;un responsable du programme, ou il est endommagé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keys could not be opened: {reason}</source>
        <translation>Impossible d&apos;ouvrir les clés&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/workshops/dialog.py" line="+37"/>
        <source>Edit workshop</source>
        <translation>Modifier l&apos;atelier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A workshop is one delivery of a curriculum. Enter no names: the site is a place, and facilitator initials are optional.</source>
        <translation>Un atelier est une mise en œuvre d&apos;un programme. Ne saisissez aucun nom&#xa0;: le lieu est un endroit, et les initiales des facilitateurs sont facultatives.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. East Amman community centre</source>
        <translation>p. ex. centre communautaire d&apos;Amman-Est</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>optional, e.g. RA</source>
        <translation>facultatif, p. ex. RA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No survey</source>
        <translation>Pas de questionnaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Curriculum:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions:</source>
        <translation>Séances&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator initials:</source>
        <translation>Initiales des facilitateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected participants:</source>
        <translation>Participants attendus&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before/after survey:</source>
        <translation>Questionnaire avant/après&#xa0;:</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Enter the site (a place, not a person).</source>
        <translation>Indiquez le lieu (un endroit, pas une personne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one session.</source>
        <translation>Choisissez au moins une séance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no curriculum to choose.</source>
        <translation>Aucun programme à choisir.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <location filename="../../workshop_kit/ui/workshops/page.py" line="+82"/>
        <source>Day</source>
        <extracomment>What a store change may raise for reasons outside the program: a full or read-only disk, a file damaged or replaced meanwhile, a workshop deleted by an import. a workshop id: &quot;Print pack&quot; for it a survey kiosk went full screen (the main window locks the data)</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a workshop (Ctrl+N)</source>
        <translation>Créer un atelier (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close workshop…</source>
        <translation>Clôturer l&apos;atelier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make before/after matching final and delete the match codes</source>
        <translation>Rendre l&apos;appariement avant/après définitif et supprimer les codes d&apos;appariement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start “before” survey</source>
        <translation>Lancer le questionnaire «&#xa0;avant&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start “after” survey</source>
        <translation>Lancer le questionnaire «&#xa0;après&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key in paper forms…</source>
        <translation>Saisir les formulaires papier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pack…</source>
        <translation>Dossier à imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide, handouts and paper forms for this workshop</source>
        <translation>Guide, documents et formulaires papier pour cet atelier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the chosen workshop (F2)</source>
        <translation>Modifier l&apos;atelier choisi (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the chosen workshop and its responses (Del)</source>
        <translation>Supprimer l&apos;atelier choisi et ses réponses (Suppr)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Create a workshop to run its surveys.</source>
        <translation>Créez un atelier pour lancer ses questionnaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Before and after matched by code: &lt;b&gt;{pairs}&lt;/b&gt; pairs; unmatched: {up} before, {uq} after; ambiguous (never paired): {ap} before, {aq} after.</source>
        <translation>Avant et après appariés par code&#xa0;: &lt;b&gt;{pairs}&lt;/b&gt; paires&#x202f;; non appariés&#xa0;: {up} avant, {uq} après&#x202f;; ambigus (jamais appariés)&#xa0;: {ap} avant, {aq} après.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching becomes final when you close the workshop.</source>
        <translation>L&apos;appariement devient définitif à la clôture de l&apos;atelier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on {day}: the match codes have been deleted.</source>
        <translation>Clôturé le {day}&#xa0;: les codes d&apos;appariement ont été supprimés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This workshop has no survey.</source>
        <translation>Cet atelier n&apos;a pas de questionnaire.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop was not changed: {reason}</source>
        <translation>L&apos;atelier n&apos;a pas été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Close this workshop?</source>
        <translation>Clôturer cet atelier&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing makes the before/after matching final. Matched surveys keep only a pair number; the match codes and this workshop&apos;s secret key are deleted for good, so nobody can link answers to a person&apos;s code. No more surveys can be added.

Close the workshop?</source>
        <translation>La clôture rend l&apos;appariement avant/après définitif. Les questionnaires appariés ne gardent qu&apos;un numéro de paire&#x202f;; les codes d&apos;appariement et la clé secrète de cet atelier sont supprimés définitivement, si bien que personne ne peut relier des réponses au code d&apos;une personne. Aucun questionnaire ne pourra plus être ajouté.

Clôturer l&apos;atelier&#x202f;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the facilitator PIN to close the workshop at {site}.</source>
        <translation>Saisissez le code PIN des facilitateurs pour clôturer l&apos;atelier de {site}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Workshop closed</source>
        <translation>Atelier clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pairs} before/after pairs kept. The match codes were deleted.</source>
        <translation>{pairs} paires avant/après conservées. Les codes d&apos;appariement ont été supprimés.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete this workshop?</source>
        <translation>Supprimer cet atelier&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the workshop at {site} on {day} and its {count} survey responses? This cannot be undone.</source>
        <translation>Supprimer l&apos;atelier de {site} du {day} et ses {count} réponses au questionnaire&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the facilitator PIN to delete the workshop at {site}.</source>
        <translation>Saisissez le code PIN des facilitateurs pour supprimer l&apos;atelier de {site}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Survey not available</source>
        <translation>Questionnaire indisponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The survey &apos;{id}&apos; did not load; see the Library&apos;s list of problems.</source>
        <translation>Le questionnaire «&#xa0;{id}&#xa0;» n&apos;a pas été chargé&#x202f;; voir la liste des problèmes dans la Bibliothèque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Survey changed</source>
        <translation>Questionnaire modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workshop uses version {old} of the survey, but version {new} is installed. Answers of different versions cannot be compared; create a new workshop for the new version.</source>
        <translation>Cet atelier utilise la version {old} du questionnaire, mais la version {new} est installée. Les réponses de versions différentes ne sont pas comparables&#x202f;; créez un nouvel atelier pour la nouvelle version.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Before (first session)</source>
        <translation>Avant (première séance)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After (last session)</source>
        <translation>Après (dernière séance)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper forms</source>
        <translation>Formulaires papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which forms are you keying in?</source>
        <translation>Quels formulaires saisissez-vous&#x202f;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paper forms — {site}, {day}</source>
        <translation>Formulaires papier — {site}, {day}</translation>
    </message>
</context>
<context>
    <name>_ContactRow</name>
    <message>
        <location filename="../../workshop_kit/ui/firstrun/wizard.py" line="+61"/>
        <source>e.g. Legal aid clinic</source>
        <translation>p. ex. permanence d&apos;aide juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 06 555 0101</source>
        <translation>p. ex. 06 555 0101</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Sun–Thu 9:00–15:00</source>
        <translation>p. ex. dim.–jeu. 9 h–15 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {number}: name of the service</source>
        <translation>Contact {number}&#xa0;: nom du service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {number}: phone</source>
        <translation>Contact {number}&#xa0;: téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact {number}: opening hours</source>
        <translation>Contact {number}&#xa0;: horaires d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove contact {number}</source>
        <translation>Retirer le contact {number}</translation>
    </message>
</context>
<context>
    <name>_JobDialog</name>
    <message>
        <location filename="../../workshop_kit/ui/keys/key_dialogs.py" line="-152"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing was changed: {error}</source>
        <translation>Rien n&apos;a été modifié&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../workshop_kit/ui/errors.py" line="-102"/>
        <source>The details were written to the log (Help → About → Open log folder).</source>
        <translation>Les détails ont été écrits dans le journal (Aide → À propos → Ouvrir le dossier du journal).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Something went wrong and this could not be finished.</source>
        <translation>Un problème est survenu et l&apos;opération n&apos;a pas pu aboutir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The disk is full: free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop Kit is not allowed to write here: {path}</source>
        <translation>Workshop Kit n&apos;a pas l&apos;autorisation d&apos;écrire ici&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file or folder is missing: {path}</source>
        <translation>Ce fichier ou dossier est introuvable&#xa0;: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file could not be read or written: {reason}</source>
        <translation>Un fichier n&apos;a pas pu être lu ou écrit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../../workshop_kit/ui/results/cards.py" line="-106"/>
        <location filename="../../workshop_kit/ui/results/format.py" line="+19"/>
        <source>fewer than {k}</source>
        <translation>moins de {k}</translation>
    </message>
    <message>
        <location filename="../../workshop_kit/ui/results/format.py" line="+16"/>
        <source>Wilcoxon signed-rank</source>
        <translation>Wilcoxon des rangs signés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign test</source>
        <translation>test des signes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>McNemar</source>
        <translation>McNemar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired t</source>
        <translation>t apparié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal approximation with continuity correction</source>
        <translation>approximation normale avec correction de continuité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chi-square approximation with continuity correction</source>
        <translation>approximation du khi-deux avec correction de continuité</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cut at the possible range</source>
        <translation>tronqué aux valeurs possibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every pair changed by the same amount: a cautious, wide interval</source>
        <translation>toutes les paires ont varié de la même quantité&#xa0;: intervalle prudent et large</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paired change: not shown (fewer than {k} pairs)</source>
        <translation>Évolution appariée : non affichée (moins de {k} paires)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (95% CI {low} to {high})</source>
        <translation> (IC à 95&#x202f;%&#xa0;: de {low} à {high})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> [{note}]</source>
        <translation> [{note}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {change}; {tests}; {n} pairs</source>
        <translation>Variation {change}&#x202f;; {tests}&#x202f;; {n} paires</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{test} ({method})</source>
        <translation>{test} ({method})</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../workshop_kit/ui/startup.py" line="+43"/>
        <source>Workshop Kit is already open for this data folder:
{folder}

Its window has been brought to the front. Only one copy can use a data folder at a time, so that neither undoes the other&apos;s changes.</source>
        <translation>Workshop Kit est déjà ouvert pour ce dossier de données&#xa0;:
{folder}

Sa fenêtre a été mise au premier plan. Une seule copie du programme peut utiliser un dossier de données à la fois, pour que l&apos;une n&apos;annule pas les modifications de l&apos;autre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workshop Kit cannot save anything in its data folder:
{folder}

You can read the guides, print documents and look at results, but new workshops, survey answers and settings cannot be saved. Ask whoever looks after this computer to let Workshop Kit write to this folder, then start it again.</source>
        <translation>Workshop Kit ne peut rien enregistrer dans son dossier de données&#xa0;:
{folder}

Vous pouvez lire les guides, imprimer des documents et consulter les résultats, mais les nouveaux ateliers, les réponses aux questionnaires et les paramètres ne peuvent pas être enregistrés. Demandez à la personne qui s&apos;occupe de cet ordinateur d&apos;autoriser Workshop Kit à écrire dans ce dossier, puis relancez-le.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workshop Kit is already open</source>
        <translation>Workshop Kit est déjà ouvert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only: nothing can be saved</source>
        <translation>Lecture seule&#xa0;: rien ne peut être enregistré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only data folder</source>
        <translation>Dossier de données en lecture seule</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Checking the workshop data…</source>
        <translation>Vérification des données des ateliers…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workshop data checked: Workshop Kit found a problem (see the message).</source>
        <translation>Données des ateliers vérifiées&#xa0;: Workshop Kit a trouvé un problème (voir le message).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workshop data checked: no problems found.</source>
        <translation>Données des ateliers vérifiées&#xa0;: aucun problème.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workshop data could not be checked: {reason}</source>
        <translation>Les données des ateliers n’ont pas pu être vérifiées&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the list of workshops…</source>
        <translation>Lecture de la liste des ateliers…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the list of workshops: {done} of {total}…</source>
        <translation>Lecture de la liste des ateliers&#xa0;: {done} sur {total}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of workshops is ready.</source>
        <translation>La liste des ateliers est prête.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Preparing the survey answers for quick reading: {done} of {total}…</source>
        <translation>Préparation des réponses au questionnaire pour une lecture rapide : {done} sur {total}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The survey answers are ready for quick reading.</source>
        <translation>Les réponses au questionnaire sont prêtes pour une lecture rapide.</translation>
    </message>
</context>
</TS>
