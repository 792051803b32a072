package dk.sygesikring.adapters.rest.letter;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.api.model.LetterAddresseeDto;
import dk.sygesikring.api.model.LetterChannelDto;
import dk.sygesikring.api.model.LetterDto;
import dk.sygesikring.api.model.LetterKindDto;
import dk.sygesikring.api.model.LetterStatusDto;
import dk.sygesikring.api.model.LetterStatusNameDto;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.person.Cpr;

/** A letter with its delivery status and history (LET-6), in the contract's shape. */
final class LetterDtoMapper {

    private LetterDtoMapper() {
    }

    static LetterDto toDto(Letter letter) {
        return new LetterDto(letter.id(), letter.forloebId().value(), LetterKindDto.valueOf(letter.kind().name()), to(letter.to()),
                letter.about().stream().map(Cpr::value).toList(), letter.title(), ForloebDtoMapper.time(letter.createdAt()),
                toDto(letter.status()), letter.history().stream().map(LetterDtoMapper::toDto).toList());
    }

    private static LetterAddresseeDto to(Addressee addressee) {
        return switch (addressee) {
            case Addressee.Person person -> new LetterAddresseeDto().cpr(person.cpr().value());
            case Addressee.Practice practice -> new LetterAddresseeDto().providerNumber(practice.providerNumber().value());
        };
    }

    private static LetterStatusDto toDto(LetterStatus status) {
        LetterStatusDto dto = new LetterStatusDto(LetterStatusNameDto.valueOf(status.name()), ForloebDtoMapper.time(status.at()));
        return switch (status) {
            case LetterStatus.Queued queued -> dto.channel(channel(queued.channel()));
            case LetterStatus.Sent sent -> dto.channel(channel(sent.channel())).reference(sent.reference());
            case LetterStatus.Delivered delivered -> dto.channel(channel(delivered.channel())).reference(delivered.reference());
            case LetterStatus.Failed failed -> dto.channel(channel(failed.channel())).reason(failed.reason());
            case LetterStatus.Withdrawn withdrawn -> dto;
        };
    }

    private static LetterChannelDto channel(LetterChannel channel) {
        return LetterChannelDto.valueOf(channel.name());
    }
}
